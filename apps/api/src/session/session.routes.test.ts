import { createStaff, hashPassword } from "@kfd/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, expectStatus, TEST_NOW, TUEBINGEN, type TestApi } from "../testing/test-api.js";
import { signedInStaff, STAFF_PASSWORD } from "../testing/staff-session.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
  api.request("/v1/session", { method: "POST", token: null, json: { email, password }, headers });

async function account(email: string) {
  return createStaff(api.db, { email, name: "Anna Weber", role: "municipality-editor", municipalityAgs: [TUEBINGEN.ags], passwordHash: await hashPassword(STAFF_PASSWORD) }, api.clock.now);
}

describe("sign-in", () => {
  it("sets an HttpOnly, SameSite=Strict session cookie for the whole site and answers the CSRF token", async () => {
    await account("anna@tuebingen.example");
    const res = await signIn(" Anna@Tuebingen.example ", STAFF_PASSWORD);
    const cookie = res.headers.get("set-cookie") ?? "";
    const info = await expectStatus(res, 200);
    expect(cookie).toMatch(/^kfd_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=43200/);
    expect(cookie).not.toMatch(/Secure/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(info).toMatchObject({ staff: { email: "anna@tuebingen.example", role: "municipality-editor" }, role: "municipality-editor", municipalityAgs: [TUEBINGEN.ags] });
    expect(info.csrfToken).toMatch(/^[\w-]{43}$/);
    expect(JSON.stringify(info)).not.toContain(cookie.split(/[=;]/)[1]);
  });

  it("marks the cookie Secure where the public URL is https", async () => {
    await account("secure@example.org");
    const https = api.anotherProcess({ KFD_PUBLIC_URL: "https://kfd.example.de" });
    const res = await https.request("/v1/session", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "secure@example.org", password: STAFF_PASSWORD }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toMatch(/; Secure/);
  });

  it("answers an unknown address, a wrong password and a disabled account alike", async () => {
    const anna = await account("same-answer@example.org");
    const wrong = await signIn("same-answer@example.org", "not the password at all");
    const unknown = await signIn("nobody@example.org", STAFF_PASSWORD);
    await expectStatus(api.request(`/v1/staff/${anna.id}`, { method: "PATCH", json: { disabled: true } }), 200);
    const disabled = await signIn("same-answer@example.org", STAFF_PASSWORD);
    const bodies = await Promise.all([wrong, unknown, disabled].map(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown>, cookie: r.headers.get("set-cookie") })));
    for (const b of bodies) {
      expect(b).toMatchObject({ status: 401, body: { code: "sign_in_failed", detail: "E-Mail-Adresse oder Passwort ist falsch." }, cookie: null });
    }
  });

  it("makes an account wait after five failures, for known and unknown addresses alike, in every process", async () => {
    await account("locked@example.org");
    for (const email of ["locked@example.org", "ghost@example.org"]) {
      for (let n = 0; n < 5; n += 1) await expectStatus(signIn(email, "wrong password 123", { "x-forwarded-for": `10.0.0.${n}` }), 401);
      const res = await signIn(email, STAFF_PASSWORD);
      const problem = await expectStatus(res, 429);
      expect(problem.code).toBe("sign_in_throttled");
      expect(res.headers.get("retry-after")).toBe("30");
      // Another server process on the same database refuses too.
      const other = await api.anotherProcess().request("/v1/session", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: STAFF_PASSWORD }) });
      expect(other.status).toBe(429);
    }
    api.clock.now = new Date(TEST_NOW.getTime() + 31_000);
    try {
      await expectStatus(signIn("locked@example.org", STAFF_PASSWORD), 200);
    } finally {
      api.clock.now = TEST_NOW;
    }
  });

  it("slows down one address guessing at many accounts", async () => {
    const proxied = api.anotherProcess({ KFD_TRUST_PROXY: "1" });
    const attempt = (n: number) =>
      proxied.request("/v1/session", { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.9" }, body: JSON.stringify({ email: `guess${n}@example.org`, password: "wrong password 123" }) });
    for (let n = 0; n < 20; n += 1) expect((await attempt(n)).status).toBe(401);
    expect((await attempt(99)).status).toBe(429);
  });

  it("refuses a body without e-mail or password, naming the field", async () => {
    const problem = await expectStatus(api.request("/v1/session", { method: "POST", token: null, json: { email: "a@example.org" } }), 400);
    expect(problem.errors).toEqual([expect.objectContaining({ path: "password" })]);
  });
});

describe("the session", () => {
  it("tells who is signed in, and ends on sign-out in every process", async () => {
    const editor = await signedInStaff(api, "municipality-editor", [TUEBINGEN.ags]);
    const me = await expectStatus(editor.request("/v1/session"), 200);
    expect(me).toMatchObject({ staff: { id: editor.staffId }, csrfToken: editor.csrfToken, role: "municipality-editor" });
    await expectStatus(editor.request("/v1/session", { method: "DELETE", csrf: null }), 403);
    const out = await editor.request("/v1/session", { method: "DELETE" });
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toMatch(/kfd_session=; Max-Age=0/);
    await expectStatus(editor.request("/v1/session"), 401);
    await expectStatus(api.anotherProcess().request("/v1/session", { headers: { cookie: editor.cookie } }), 401);
  });

  it("ends after the idle timeout", async () => {
    const editor = await signedInStaff(api, "municipality-editor", [TUEBINGEN.ags]);
    try {
      api.clock.now = new Date(TEST_NOW.getTime() + 119 * 60_000);
      await expectStatus(editor.request("/v1/session"), 200);
      api.clock.now = new Date(TEST_NOW.getTime() + (119 + 121) * 60_000);
      await expectStatus(editor.request("/v1/session"), 401);
    } finally {
      api.clock.now = TEST_NOW;
    }
  });

  it("answers a bearer token's role without a CSRF token", async () => {
    expect(await expectStatus(api.request("/v1/session"), 200)).toMatchObject({ staff: null, csrfToken: null, role: "state-admin", label: "KFD_ADMIN_TOKEN" });
  });
});

describe("CSRF protection of cookie-authenticated writes", () => {
  it("needs the session's token and a same-origin Origin; reads need neither; bearer requests stay as they are", async () => {
    const admin = await signedInStaff(api, "state-admin", []);
    const create = (init: Parameters<typeof admin.request>[1]) => admin.request("/v1/dialogues", { method: "POST", json: { title: "CSRF-Probe", municipalityAgs: TUEBINGEN.ags }, ...init });
    expect((await expectStatus(create({ csrf: null }), 403)).code).toBe("csrf_failed");
    expect((await expectStatus(create({ csrf: "x".repeat(43) }), 403)).code).toBe("csrf_failed");
    expect((await expectStatus(create({ origin: null }), 403)).code).toBe("csrf_failed");
    expect((await expectStatus(create({ origin: "https://evil.example" }), 403)).code).toBe("csrf_failed");
    const other = await signedInStaff(api, "state-admin", []);
    expect((await expectStatus(create({ csrf: other.csrfToken }), 403)).code).toBe("csrf_failed");
    expect(await expectStatus(api.request("/v1/dialogues?q=CSRF-Probe"), 200)).toEqual([]);

    await expectStatus(create({}), 201);
    await expectStatus(admin.request("/v1/dialogues?q=csrf-probe"), 200);
    await expectStatus(api.request("/v1/dialogues", { method: "POST", json: { title: "Per Token", municipalityAgs: TUEBINGEN.ags }, headers: { cookie: admin.cookie } }), 201);
  });

  it("never turns a public registration with a stale cookie into a refusal", async () => {
    const dialogue = await expectStatus(api.request("/v1/dialogues", { method: "POST", json: { title: "Öffentlich", municipalityAgs: TUEBINGEN.ags } }), 201);
    await expectStatus(api.request(`/v1/dialogues/${dialogue.id}/publish`, { method: "POST" }), 200);
    const event = await expectStatus(
      api.request(`/v1/dialogues/${dialogue.id}/events`, { method: "POST", json: { title: "Abend", startsAt: "2030-12-03T18:00:00+01:00", endsAt: "2030-12-03T21:00:00+01:00", capacity: 5 } }),
      201,
    );
    const res = await api.request(`/v1/events/${event.id}/registrations`, {
      method: "POST",
      token: null,
      json: { name: "Karim", email: "karim@example.org", consent: true },
      headers: { cookie: "kfd_session=stalestalestalestalestalestalestalestalesta" },
    });
    expect(res.status).toBe(201);
  });
});
