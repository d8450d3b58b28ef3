import { setEmbedOrigins } from "@kfd/db";
import { postgresAvailable, postgresRequired } from "@kfd/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEventVia, createPublishedDialogue, createTestApi, expectStatus, register, registrationBody, TUEBINGEN, type TestApi } from "../testing/test-api.js";

const skipPostgres = (await postgresAvailable()) !== true && !postgresRequired();

for (const dialect of ["sqlite", "postgres"] as const) {
  describe.skipIf(dialect === "postgres" && skipPostgres)(`registration routes [${dialect}]`, () => {
    let api: TestApi;
    let dialogue: { id: string; slug: string };
    beforeAll(async () => {
      api = await createTestApi({ dialect });
      dialogue = await createPublishedDialogue(api);
    });
    afterAll(() => api.close());

    it("confirms, then waitlists, then promotes the first waiting when someone cancels", async () => {
      const event = await createEventVia(api, dialogue.id, { capacity: 2, waitlist: true });
      const a = await expectStatus(register(api, event.id, registrationBody(1)), 201);
      const b = await expectStatus(register(api, event.id, registrationBody(2)), 201);
      const c = await expectStatus(register(api, event.id, registrationBody(3)), 201);
      const d = await expectStatus(register(api, event.id, registrationBody(4)), 201);
      expect([a.status, b.status, c.status, d.status]).toEqual(["confirmed", "confirmed", "waitlisted", "waitlisted"]);
      expect([a.waitlistPosition, c.waitlistPosition, d.waitlistPosition]).toEqual([null, 1, 2]);
      expect(Buffer.from(a.cancelToken, "base64url").length).toBeGreaterThanOrEqual(16);

      const receipt = await expectStatus(api.request(`/v1/registrations/${a.cancelToken}`, { method: "DELETE", token: null }), 200);
      expect(receipt).toEqual({ id: a.id, status: "cancelled", promoted: 1 });
      const again = await expectStatus(api.request(`/v1/registrations/${a.cancelToken}`, { method: "DELETE", token: null }), 200);
      expect(again.promoted).toBe(0);

      const list = await expectStatus<{ id: string; status: string; waitlistPosition: number | null }[]>(api.request(`/v1/events/${event.id}/registrations`), 200);
      const statusOf = Object.fromEntries(list.map((r) => [r.id, r.status]));
      expect(statusOf).toEqual({ [a.id]: "cancelled", [b.id]: "confirmed", [c.id]: "confirmed", [d.id]: "waitlisted" });
      expect(list.find((r) => r.id === d.id)?.waitlistPosition).toBe(1);
    });

    it("refuses a full event without waitlist and a second registration of one e-mail (409 with codes)", async () => {
      const event = await createEventVia(api, dialogue.id, { capacity: 1, waitlist: false });
      await expectStatus(register(api, event.id, registrationBody(10)), 201);
      const duplicate = await expectStatus(register(api, event.id, registrationBody(10, { email: "PERSON10@Example.org" })), 409);
      expect(duplicate.code).toBe("duplicate_registration");
      const full = await expectStatus(register(api, event.id, registrationBody(11)), 409);
      expect(full).toMatchObject({ code: "event_full", status: 409, type: expect.stringContaining("event-full") });
    });

    it("refuses before the window opens and after it closes", async () => {
      const event = await createEventVia(api, dialogue.id, { registrationOpensAt: "2026-12-01T00:00:00+01:00", registrationClosesAt: "2026-12-10T00:00:00+01:00" });
      expect((await expectStatus(register(api, event.id, registrationBody(20)), 409)).code).toBe("registration_not_open");
      api.clock.now = new Date("2026-12-20T00:00:00+01:00");
      try {
        expect((await expectStatus(register(api, event.id, registrationBody(20)), 409)).code).toBe("registration_closed");
      } finally {
        api.clock.now = new Date("2026-11-21T10:00:00+01:00");
      }
    });

    it("answers 404 for an unknown event or cancel token", async () => {
      expect((await expectStatus(register(api, "no-such-event", registrationBody(30)), 404)).code).toBe("not_found");
      await expectStatus(api.request(`/v1/registrations/${"A".repeat(43)}`, { method: "DELETE", token: null }), 404);
      await expectStatus(api.request("/v1/registrations/short", { method: "DELETE", token: null }), 404);
    });
  });
}

describe("registration details [sqlite]", () => {
  let api: TestApi;
  let dialogue: { id: string; slug: string };
  beforeAll(async () => {
    api = await createTestApi();
    dialogue = await createPublishedDialogue(api);
  });
  afterAll(() => api.close());

  it("refuses a filled honeypot with 400 and stores nothing", async () => {
    const event = await createEventVia(api, dialogue.id);
    const res = await expectStatus(register(api, event.id, registrationBody(1, { website: "http://spam.example" })), 400);
    expect(res.errors).toEqual([{ path: "website", message: "must be left empty" }]);
    expect(await expectStatus(api.request(`/v1/events/${event.id}/registrations`), 200)).toEqual([]);
  });

  it("exports registrations as CSV for Excel: BOM, header row, formula-safe cells", async () => {
    const event = await createEventVia(api, dialogue.id, { capacity: 10 });
    await expectStatus(register(api, event.id, registrationBody(1, { name: "=HYPERLINK(\"http://evil\")", accessibilityNeeds: "Rollstuhl; \"Rampe\"\nbitte" })), 201);
    await expectStatus(register(api, event.id, registrationBody(2, { name: "Zoë Müller" })), 201);
    for (const res of [await api.request(`/v1/events/${event.id}/registrations?format=csv`), await api.request(`/v1/events/${event.id}/registrations`, { headers: { accept: "text/csv" } })]) {
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes.slice(3));
      const [header, ...rows] = text.split("\r\n").filter((l) => l !== "");
      expect(header!.split(";").slice(0, 4)).toEqual(["id", "status", "name", "email"]);
      expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
      expect(text).toContain('"Rollstuhl; ""Rampe""\nbitte"');
      expect(text).toContain('"Zoë Müller"');
      expect(rows.length).toBeGreaterThanOrEqual(2);
    }
    const comma = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await (await api.request(`/v1/events/${event.id}/registrations?format=csv&separator=comma`)).arrayBuffer());
    expect(comma.split("\r\n")[0]).toMatch(/^\uFEFFid,status,name,email,/);
    // A row whose data was erased says so, instead of looking like a person without a name.
    expect(comma.split("\r\n")[0]).toMatch(/,personalDataErasedAt$/);
  });

  it("records attendance and keeps the registrant list behind a token", async () => {
    const event = await createEventVia(api, dialogue.id);
    const r = await expectStatus(register(api, event.id, registrationBody(5)), 201);
    const updated = await expectStatus(api.request(`/v1/registrations/${r.id}/attendance`, { method: "POST", json: { attended: true } }), 200);
    expect(updated).toMatchObject({ id: r.id, attended: true });
    const wrong = await expectStatus(api.request(`/v1/registrations/${r.id}/attendance`, { method: "POST", json: { attended: "ja" } }), 400);
    expect(wrong.errors[0].path).toBe("attended");
    await expectStatus(api.request(`/v1/events/${event.id}/registrations`, { token: null }), 401);
    await expectStatus(api.request(`/v1/registrations/${r.id}/attendance`, { method: "POST", token: null, json: { attended: false } }), 401);
    await expectStatus(api.request("/v1/registrations/unknown-id/attendance", { method: "POST", json: { attended: false } }), 404);
  });

  it("lets editors of other municipalities neither list nor mark registrations", async () => {
    const event = await createEventVia(api, dialogue.id);
    const r = await expectStatus(register(api, event.id, registrationBody(6)), 201);
    const { token } = await expectStatus(api.request("/v1/tokens", { method: "POST", json: { role: "municipality-editor", municipalityAgs: ["08111000"], label: "Stuttgart" } }), 201);
    await expectStatus(api.request(`/v1/events/${event.id}/registrations`, { token }), 403);
    await expectStatus(api.request(`/v1/registrations/${r.id}/attendance`, { method: "POST", token, json: { attended: true } }), 403);
  });

  describe("cross-origin", () => {
    it("allows the municipality's embed origins and the API's own origin, refuses others before writing", async () => {
      await setEmbedOrigins(api.db, TUEBINGEN.ags, ["https://www.tuebingen.de"]);
      const event = await createEventVia(api, dialogue.id, { capacity: 50 });

      const preflight = await api.app.request(`/v1/events/${event.id}/registrations`, {
        method: "OPTIONS",
        headers: { origin: "https://www.tuebingen.de", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe("https://www.tuebingen.de");
      expect(preflight.headers.get("access-control-allow-headers")).toMatch(/content-type/i);

      const allowed = await register(api, event.id, registrationBody(40), { origin: "https://www.tuebingen.de" });
      expect(allowed.status).toBe(201);
      expect(allowed.headers.get("access-control-allow-origin")).toBe("https://www.tuebingen.de");

      const refusedAlso = await register(api, event.id, registrationBody(40), { origin: "https://www.tuebingen.de" });
      expect(refusedAlso.status).toBe(409);
      expect(refusedAlso.headers.get("access-control-allow-origin")).toBe("https://www.tuebingen.de");

      const own = await register(api, event.id, registrationBody(41), { origin: "http://localhost", host: "localhost" });
      expect(own.status).toBe(201);

      const foreignPreflight = await api.app.request(`/v1/events/${event.id}/registrations`, { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
      expect(foreignPreflight.headers.get("access-control-allow-origin")).toBeNull();
      const foreign = await expectStatus(register(api, event.id, registrationBody(42), { origin: "https://evil.example" }), 403);
      expect(foreign.code).toBe("forbidden");
      const list = await expectStatus<{ email: string }[]>(api.request(`/v1/events/${event.id}/registrations`), 200);
      expect(list.map((r) => r.email).sort()).toEqual(["person40@example.org", "person41@example.org"]);
    });

    it("lets the municipality's site cancel a registration made there, and refuses a foreign site without cancelling", async () => {
      await setEmbedOrigins(api.db, TUEBINGEN.ags, ["https://www.tuebingen.de"]);
      const event = await createEventVia(api, dialogue.id, { capacity: 50 });
      const first = await expectStatus(register(api, event.id, registrationBody(50), { origin: "https://www.tuebingen.de" }), 201);
      const second = await expectStatus(register(api, event.id, registrationBody(51), { origin: "https://www.tuebingen.de" }), 201);

      const preflight = await api.app.request(`/v1/registrations/${first.cancelToken}`, {
        method: "OPTIONS",
        headers: { origin: "https://www.tuebingen.de", "access-control-request-method": "DELETE" },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-methods")).toBe("DELETE");

      const cancelled = await api.app.request(`/v1/registrations/${first.cancelToken}`, { method: "DELETE", headers: { origin: "https://www.tuebingen.de" } });
      expect(cancelled.status).toBe(200);
      expect(cancelled.headers.get("access-control-allow-origin")).toBe("https://www.tuebingen.de");

      const foreign = await api.app.request(`/v1/registrations/${second.cancelToken}`, { method: "DELETE", headers: { origin: "https://evil.example" } });
      expect(foreign.status).toBe(403);
      const list = await expectStatus<{ id: string; status: string }[]>(api.request(`/v1/events/${event.id}/registrations`), 200);
      expect(list.find((r) => r.id === second.id)?.status).toBe("confirmed");
      expect(list.find((r) => r.id === first.id)?.status).toBe("cancelled");
    });

    it("allows KFD_EMBED_ORIGINS, with * for the demo", async () => {
      const listed = await createTestApi({ env: { KFD_EMBED_ORIGINS: "https://verband.example" } });
      const any = await createTestApi({ env: { KFD_EMBED_ORIGINS: "*" } });
      try {
        for (const [instance, origin, status] of [
          [listed, "https://verband.example", 201],
          [listed, "https://other.example", 403],
          [any, "https://other.example", 201],
        ] as const) {
          const d = await createPublishedDialogue(instance);
          const event = await createEventVia(instance, d.id);
          expect((await register(instance, event.id, registrationBody(1), { origin })).status).toBe(status);
        }
      } finally {
        await listed.close();
        await any.close();
      }
    });

    it("gives public reads to any origin", async () => {
      const res = await api.app.request(`/v1/dialogues/${dialogue.slug}/steckbrief`, { headers: { origin: "https://anywhere.example" } });
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      const preflight = await api.app.request("/v1/map", { method: "OPTIONS", headers: { origin: "https://anywhere.example", "access-control-request-method": "GET" } });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    });
  });

  it("limits registrations per client and minute with 429 rate_limited and Retry-After", async () => {
    const limited = await createTestApi({ env: { KFD_RATE_LIMIT: "3" } });
    try {
      const d = await createPublishedDialogue(limited);
      const event = await createEventVia(limited, d.id, { capacity: 100 });
      const client = (ip: string) => ({ incoming: { socket: { remoteAddress: ip } } });
      const post = (n: number, ip: string) =>
        limited.app.request(`/v1/events/${event.id}/registrations`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(registrationBody(n)) }, client(ip));
      for (const n of [1, 2, 3]) expect((await post(n, "10.0.0.1")).status).toBe(201);
      const fourth = await post(4, "10.0.0.1");
      expect(fourth.status).toBe(429);
      expect(fourth.headers.get("content-type")).toBe("application/problem+json");
      expect(Number(fourth.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(((await fourth.json()) as { code: string }).code).toBe("rate_limited");
      expect((await post(5, "10.0.0.2")).status).toBe(201);
      limited.clock.now = new Date(limited.clock.now.getTime() + 61_000);
      expect((await post(6, "10.0.0.1")).status).toBe(201);
      const stored = await expectStatus<unknown[]>(limited.request(`/v1/events/${event.id}/registrations`), 200);
      expect(stored).toHaveLength(5);
    } finally {
      await limited.close();
    }
  });
});
