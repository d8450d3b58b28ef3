import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, expectStatus, STUTTGART, TEST_NOW, TUEBINGEN, type TestApi } from "../testing/test-api.js";
import { listOutbox } from "@kfd/db";
import { OWN_ORIGIN, signedInStaff } from "../testing/staff-session.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const PASSWORD = "Rathausplatz im Frühling 7";
const invite = (email: string, extra: Record<string, unknown> = {}) =>
  expectStatus(api.request("/v1/invitations", { method: "POST", json: { email, role: "municipality-editor", municipalityAgs: [TUEBINGEN.ags], ...extra } }), 201);
const accept = (token: string, json: unknown) => api.request(`/v1/invitations/${token}/accept`, { method: "POST", token: null, json });

describe("invitations", () => {
  it("turns a one-time link into a signed-in editor of the invited municipality, once", async () => {
    const created = await invite("Eva.Schmid@Tuebingen.example", { name: "Eva Schmid" });
    expect(created.token).toMatch(/^[\w-]{43}$/);
    expect(created.acceptUrl).toBe(`http://localhost:3000/admin/invitation#${created.token}`);
    expect(created.invitation).toMatchObject({ email: "eva.schmid@tuebingen.example", state: "pending", invitedBy: "KFD_ADMIN_TOKEN" });
    expect(JSON.stringify(await expectStatus(api.request("/v1/invitations"), 200))).not.toContain(created.token);
    expect(await expectStatus(api.request(`/v1/invitations/${created.token}`, { token: null }), 200)).toMatchObject({ email: "eva.schmid@tuebingen.example", role: "municipality-editor" });

    const res = await accept(created.token, { password: PASSWORD });
    const info = await expectStatus(res, 200);
    expect(info.staff).toMatchObject({ email: "eva.schmid@tuebingen.example", name: "Eva Schmid", role: "municipality-editor", municipalityAgs: [TUEBINGEN.ags] });
    const cookie = /kfd_session=[^;]+/.exec(res.headers.get("set-cookie") ?? "")![0];
    await expectStatus(api.request("/v1/session", { token: null, headers: { cookie } }), 200);

    expect((await expectStatus(accept(created.token, { password: PASSWORD }), 409)).code).toBe("invitation_used");
    await expectStatus(api.request(`/v1/invitations/${created.token}`, { token: null }), 404);
    await expectStatus(api.request("/v1/session", { method: "POST", token: null, json: { email: "eva.schmid@tuebingen.example", password: PASSWORD } }), 200);
    await expectStatus(api.request("/v1/invitations", { method: "POST", json: { email: "eva.schmid@tuebingen.example", role: "state-admin" } }), 409);
  });

  it("e-mails the link to the invited person, shown in the outbox to state-admins only and without the link", async () => {
    const created = await invite("mailed@example.org", { name: "Mia Mailer", municipalityAgs: [TUEBINGEN.ags, STUTTGART.ags] });
    const [queued] = (await listOutbox(api.db)).filter((m) => m.recipientEmail === "mailed@example.org");
    expect(queued).toMatchObject({ kind: "staff-invitation", eventId: null, status: "queued", payload: { accountToken: created.token } });

    const admin = await signedInStaff(api, "state-admin", []);
    const shown = (await expectStatus(admin.request("/v1/outbox"), 200)).find((m: { to: string }) => m.to.includes("mailed@example.org"));
    expect(shown).toMatchObject({ kind: "staff-invitation", eventId: null, locale: "de", to: "Mia Mailer <mailed@example.org>", subject: "Einladung zur Konsole der Kommunalen Flüchtlingsdialoge" });
    expect(shown.text).toContain("Hallo Mia Mailer,");
    expect(shown.text).toContain("KFD_ADMIN_TOKEN hat Sie zur Konsole der Kommunalen Flüchtlingsdialoge eingeladen.");
    expect(shown.text).toContain("Rolle: Redaktion einer Kommune");
    expect(shown.text).toContain("Kommunen: Stuttgart, Tübingen");
    expect(shown.text).toContain("Gültig bis: Samstag, 28. November 2026 um 10:00");
    expect(shown.text).toContain("[Link ausgeblendet");
    expect(JSON.stringify(shown)).not.toContain(created.token);

    const editor = await signedInStaff(api, "municipality-editor", [TUEBINGEN.ags]);
    const editorView: { eventId: string | null }[] = await expectStatus(editor.request("/v1/outbox"), 200);
    expect(editorView.filter((m) => m.eventId === null)).toEqual([]);
  });

  it("expires after seven days", async () => {
    const created = await invite("late@example.org");
    try {
      api.clock.now = new Date(TEST_NOW.getTime() + 7 * 86_400_000 - 1000);
      await expectStatus(api.request(`/v1/invitations/${created.token}`, { token: null }), 200);
      api.clock.now = new Date(TEST_NOW.getTime() + 7 * 86_400_000);
      expect((await expectStatus(accept(created.token, { password: PASSWORD }), 410)).code).toBe("invitation_expired");
      const listed = (await expectStatus(api.request("/v1/invitations"), 200)).find((i: { id: string }) => i.id === created.invitation.id);
      expect(listed.state).toBe("expired");
    } finally {
      api.clock.now = TEST_NOW;
    }
  });

  it("holds new passwords to the policy, naming the field and changing nothing", async () => {
    const created = await invite("policy@example.org");
    for (const password of ["kurz", "passwortpasswort", "policy-2026-example"]) {
      const problem = await expectStatus(accept(created.token, { password }), 400);
      expect(problem.errors[0].path).toBe("password");
    }
    await expectStatus(api.request(`/v1/invitations/${created.token}`, { token: null }), 200);
  });

  it("can be withdrawn, and refuses unknown links and invalid assignments", async () => {
    const created = await invite("withdrawn@example.org");
    await expectStatus(api.request(`/v1/invitations/${created.invitation.id}`, { method: "DELETE" }), 204);
    await expectStatus(accept(created.token, { password: PASSWORD }), 410);
    await expectStatus(accept("A".repeat(43), { password: PASSWORD }), 404);
    const noMunicipality = await expectStatus(api.request("/v1/invitations", { method: "POST", json: { email: "x@example.org", role: "municipality-editor" } }), 400);
    expect(noMunicipality.errors[0].path).toBe("municipalityAgs");
    const unknown = await expectStatus(api.request("/v1/invitations", { method: "POST", json: { email: "x@example.org", role: "municipality-editor", municipalityAgs: ["08999999"] } }), 400);
    expect(unknown.errors[0].path).toBe("municipalityAgs.0");
  });
});

describe("staff management", () => {
  it("changes an account's municipalities and role with effect on its next request, and disables it at once", async () => {
    const created = await invite("moves@example.org");
    const res = await accept(created.token, { password: PASSWORD });
    const { staff } = await expectStatus(res, 200);
    const cookie = /kfd_session=[^;]+/.exec(res.headers.get("set-cookie") ?? "")![0];
    const asStaff = (path: string) => api.request(path, { token: null, headers: { cookie, origin: OWN_ORIGIN } });

    expect((await expectStatus(asStaff("/v1/session"), 200)).municipalityAgs).toEqual([TUEBINGEN.ags]);
    await expectStatus(api.request(`/v1/staff/${staff.id}`, { method: "PATCH", json: { municipalityAgs: [TUEBINGEN.ags, STUTTGART.ags] } }), 200);
    expect((await expectStatus(asStaff("/v1/session"), 200)).municipalityAgs).toEqual([TUEBINGEN.ags, STUTTGART.ags]);
    expect((await expectStatus(api.request(`/v1/staff/${staff.id}`, { method: "PATCH", json: { municipalityAgs: [] } }), 400)).errors[0].path).toBe("municipalityAgs");
    expect((await expectStatus(api.request(`/v1/staff/${staff.id}`, { method: "PATCH", json: { password: "x" } }), 400)).errors[0].path).toBe("password");

    await expectStatus(api.request(`/v1/staff/${staff.id}`, { method: "PATCH", json: { disabled: true } }), 200);
    await expectStatus(asStaff("/v1/session"), 401);
    expect((await expectStatus(api.request("/v1/staff"), 200)).find((s: { id: string }) => s.id === staff.id)).toMatchObject({ disabled: true });
  });

  it("keeps a state-admin from disabling or demoting their own account", async () => {
    const created = await invite("self@example.org", { role: "state-admin", municipalityAgs: [] });
    const res = await accept(created.token, { password: PASSWORD });
    const { staff, csrfToken } = await expectStatus(res, 200);
    const cookie = /kfd_session=[^;]+/.exec(res.headers.get("set-cookie") ?? "")![0];
    const patch = (json: unknown) => api.request(`/v1/staff/${staff.id}`, { method: "PATCH", token: null, json, headers: { cookie, origin: OWN_ORIGIN, "x-csrf-token": csrfToken } });
    await expectStatus(patch({ disabled: true }), 409);
    await expectStatus(patch({ role: "municipality-editor", municipalityAgs: [TUEBINGEN.ags] }), 409);
    expect(await expectStatus(patch({ name: "Selbst" }), 200)).toMatchObject({ name: "Selbst", role: "state-admin" });
  });
});
