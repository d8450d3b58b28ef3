import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, expectStatus, STUTTGART, TUEBINGEN, type TestApi } from "../testing/test-api.js";
import { signedInStaff, type StaffSession } from "../testing/staff-session.js";

interface Operation {
  method: string;
  path: string;
  operationId: string;
}

let api: TestApi;
let adminRoutes: Operation[];
beforeAll(async () => {
  api = await createTestApi();
  const doc = await expectStatus(api.request("/openapi.json", { token: null }), 200);
  adminRoutes = Object.entries(doc.paths as Record<string, Record<string, { operationId: string; security: Record<string, unknown>[] }>>).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([, op]) => !op.security.some((requirement) => Object.keys(requirement).length === 0))
      .map(([method, op]) => ({ method: method.toUpperCase(), path, operationId: op.operationId })),
  );
});
afterAll(() => api.close());

const concrete = (path: string) => path.replace(/\{\w+\}/g, "00000000-0000-4000-8000-000000000000");
const body = (method: string) => (method === "GET" || method === "DELETE" ? {} : { json: {} });

describe("every admin route", () => {
  it("is documented as needing a token or a session, and there are many", () => {
    expect(adminRoutes.length).toBeGreaterThan(35);
    expect(adminRoutes.map((r) => r.operationId)).toEqual(expect.arrayContaining(["getPreparation", "getEventNeeds", "getCheckInList", "turnIdeaIntoMeasure", "getEmbedSnippets", "inviteStaff", "listStaff"]));
  });

  it("answers 401 without a token or session, and with an unknown session cookie", async () => {
    for (const route of adminRoutes) {
      const anonymous = await api.request(concrete(route.path), { method: route.method, token: null, ...body(route.method) });
      expect(anonymous.status, `${route.method} ${route.path}`).toBe(401);
      const stale = await api.request(concrete(route.path), { method: route.method, token: null, headers: { cookie: "kfd_session=stalestalestalestalestalestalestalestalesta" }, ...body(route.method) });
      expect(stale.status, `${route.method} ${route.path} (stale cookie)`).toBe(401);
    }
  });

  it("refuses every cookie-authenticated write without the CSRF token or from another origin (403 csrf_failed)", async () => {
    const admin = await signedInStaff(api, "state-admin", []);
    for (const route of adminRoutes.filter((r) => r.method !== "GET")) {
      for (const init of [{ csrf: null }, { origin: "https://evil.example" }]) {
        const res = await admin.request(concrete(route.path), { method: route.method, ...init, ...body(route.method) });
        expect(res.status, `${route.method} ${route.path} ${JSON.stringify(init)}`).toBe(403);
        expect(((await res.json()) as { code: string }).code).toBe("csrf_failed");
      }
    }
  });

  it("lets a valid session through to the route's own checks, like a token (no 401/403 for a state-admin)", async () => {
    const admin = await signedInStaff(api, "state-admin", []);
    // Signing out would end the session the loop goes on with; it has its own test.
    for (const route of adminRoutes.filter((r) => r.operationId !== "signOut")) {
      const res = await admin.request(concrete(route.path), { method: route.method, ...body(route.method) });
      expect([401, 403], `${route.method} ${route.path} → ${res.status}`).not.toContain(res.status);
    }
  });
});

describe("editor versus state-admin", () => {
  let editor: StaffSession;
  beforeAll(async () => {
    editor = await signedInStaff(api, "municipality-editor", [STUTTGART.ags]);
  });

  it("keeps staff, invitations and tokens to state-admins", async () => {
    for (const [method, path] of [
      ["GET", "/v1/staff"],
      ["PATCH", `/v1/staff/${editor.staffId}`],
      ["GET", "/v1/invitations"],
      ["POST", "/v1/invitations"],
      ["DELETE", "/v1/invitations/x"],
      ["GET", "/v1/tokens"],
      ["POST", "/v1/tokens"],
    ] as const) {
      const json = method === "POST" ? { email: "x@example.org", role: "municipality-editor", municipalityAgs: [STUTTGART.ags], label: "x" } : method === "PATCH" ? { name: "x" } : undefined;
      const res = await editor.request(path, { method, ...(json ? { json } : {}) });
      expect(res.status, `${method} ${path}`).toBe(403);
    }
  });

  it("hides another municipality's unpublished dialogue (404) and refuses its published one (403), on every workflow route", async () => {
    const hidden = await expectStatus(api.request("/v1/dialogues", { method: "POST", json: { title: "Tübingen intern", municipalityAgs: TUEBINGEN.ags } }), 201);
    const shown = await expectStatus(api.request("/v1/dialogues", { method: "POST", json: { title: "Tübingen öffentlich", municipalityAgs: TUEBINGEN.ags } }), 201);
    await expectStatus(api.request(`/v1/dialogues/${shown.id}/publish`, { method: "POST" }), 200);
    const item = await expectStatus(api.request(`/v1/dialogues/${shown.id}/checklist`, { method: "POST", json: { text: "Dolmetscher buchen" } }), 201);
    const milestone = await expectStatus(api.request(`/v1/dialogues/${shown.id}/milestones`, { method: "POST", json: { title: "Auftakt" } }), 201);
    const idea = await expectStatus(api.request(`/v1/dialogues/${shown.id}/results`, { method: "POST", json: { kind: "idee", text: "Sprachcafé" } }), 201);
    const event = await expectStatus(
      api.request(`/v1/dialogues/${shown.id}/events`, { method: "POST", json: { title: "Abend", startsAt: "2030-12-03T18:00:00+01:00", endsAt: "2030-12-03T21:00:00+01:00", capacity: 5 } }),
      201,
    );

    for (const path of ["preparation", "embed-snippets", "measures"]) {
      expect((await editor.request(`/v1/dialogues/${hidden.id}/${path}`)).status, path).toBe(404);
      expect((await editor.request(`/v1/dialogues/${shown.id}/${path}`)).status, path).toBe(403);
    }
    expect((await editor.request(`/v1/dialogues/${shown.id}/analysis`, { method: "PATCH", json: { situation: "x" } })).status).toBe(403);
    expect((await editor.request(`/v1/dialogues/${shown.id}/method-template`, { method: "POST", json: { method: "world-cafe" } })).status).toBe(403);
    expect((await editor.request(`/v1/dialogues/${shown.id}/checklist`, { method: "POST", json: { text: "x" } })).status).toBe(403);
    expect((await editor.request(`/v1/dialogues/${shown.id}/milestones`, { method: "POST", json: { title: "x" } })).status).toBe(403);
    expect((await editor.request(`/v1/checklist-items/${item.id}`, { method: "PATCH", json: { done: true } })).status).toBe(404);
    expect((await editor.request(`/v1/checklist-items/${item.id}`, { method: "DELETE" })).status).toBe(404);
    expect((await editor.request(`/v1/milestones/${milestone.id}`, { method: "PATCH", json: { done: true } })).status).toBe(404);
    expect((await editor.request(`/v1/milestones/${milestone.id}`, { method: "DELETE" })).status).toBe(404);
    expect((await editor.request(`/v1/results/${idea.id}/measure`, { method: "POST" })).status).toBe(404);
    expect((await editor.request(`/v1/events/${event.id}/needs`)).status).toBe(403);
    expect((await editor.request(`/v1/events/${event.id}/check-in`)).status).toBe(403);
    expect((await editor.request(`/v1/events/${event.id}/registrations`)).status).toBe(403);
    expect((await editor.request(`/v1/dialogues/${hidden.id}/steckbrief?preview=1`)).status).toBe(404);

    // Nothing changed: the item is still open, the idea still has no measure.
    const prep = await expectStatus(api.request(`/v1/dialogues/${shown.id}/preparation`), 200);
    expect(prep.checklist[0]).toMatchObject({ id: item.id, done: false });
    expect(await expectStatus(api.request(`/v1/dialogues/${shown.id}/measures`), 200)).toEqual([]);

    // The same routes work for an editor of Tübingen, through a session exactly as through a token.
    const own = await signedInStaff(api, "municipality-editor", [TUEBINGEN.ags]);
    await expectStatus(own.request(`/v1/checklist-items/${item.id}`, { method: "PATCH", json: { done: true } }), 200);
    await expectStatus(own.request(`/v1/events/${event.id}/needs`), 200);
    await expectStatus(own.request(`/v1/dialogues/${hidden.id}/steckbrief?preview=1`), 200);
  });
});
