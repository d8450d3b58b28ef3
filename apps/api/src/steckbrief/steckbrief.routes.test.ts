import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEventVia, createPublishedDialogue, createTestApi, expectStatus, register, registrationBody, type TestApi } from "../testing/test-api.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ env: { KFD_READ_CACHE_MS: "300" } });
});
afterAll(() => api.close());

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("GET /v1/dialogues/{idOrSlug}/steckbrief", () => {
  it("derives the Steckbrief by id and by slug", async () => {
    const d = await createPublishedDialogue(api, { title: "Steckbrief-Dialog", participantCount: 80 });
    const bySlug = await expectStatus(api.request(`/v1/dialogues/${d.slug}/steckbrief`, { token: null }), 200);
    const byId = await expectStatus(api.request(`/v1/dialogues/${d.id}/steckbrief`, { token: null }), 200);
    expect(bySlug).toEqual(byId);
    expect(bySlug).toMatchObject({ dialogue: { id: d.id, title: "Steckbrief-Dialog" }, participants: { count: 80 } });
  });

  it("answers 304 for a matching If-None-Match and a new ETag after a change", async () => {
    const d = await createPublishedDialogue(api, { title: "ETag-Dialog" });
    const first = await api.request(`/v1/dialogues/${d.slug}/steckbrief`, { token: null });
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const again = await api.request(`/v1/dialogues/${d.slug}/steckbrief`, { token: null, headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    await expectStatus(api.request(`/v1/dialogues/${d.id}`, { method: "PATCH", json: { goals: "Neue Ziele" } }), 200);
    const changed = await api.request(`/v1/dialogues/${d.slug}/steckbrief`, { token: null, headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("shows writes of this process at once: events, results, measures, publication", async () => {
    const d = await createPublishedDialogue(api, { title: "Sofort-Dialog" });
    await expectStatus(api.request(`/v1/dialogues/${d.slug}/steckbrief`, { token: null }), 200);
    await createEventVia(api, d.id, { title: "Neues Treffen" });
    await expectStatus(api.request(`/v1/dialogues/${d.id}/results`, { method: "POST", json: { kind: "idee", text: "Sprachcafé" } }), 201);
    await expectStatus(api.request(`/v1/dialogues/${d.id}/measures`, { method: "POST", json: { title: "Sprachcafé einrichten" } }), 201);
    const s = await expectStatus(api.request(`/v1/dialogues/${d.slug}/steckbrief`, { token: null }), 200);
    expect(s.events.map((e: { title: string }) => e.title)).toEqual(["Neues Treffen"]);
    expect(s.results.items).toEqual([{ kind: "idee", topic: null, text: "Sprachcafé" }]);
    expect(s.measures.total).toBe(1);
    await expectStatus(api.request(`/v1/dialogues/${d.id}/unpublish`, { method: "POST" }), 200);
    await expectStatus(api.request(`/v1/dialogues/${d.slug}/steckbrief`, { token: null }), 404);
    await expectStatus(api.request(`/v1/dialogues/${d.slug}`, { token: null }), 404);
  });

  it("counts registrations at once in this process", async () => {
    const d = await createPublishedDialogue(api, { title: "Zähl-Dialog" });
    const event = await createEventVia(api, d.id, { capacity: 10 });
    const before = await expectStatus(api.request(`/v1/dialogues/${d.slug}/steckbrief`, { token: null }), 200);
    expect(before.participants.count).toBeNull();
    await expectStatus(register(api, event.id, registrationBody(1)), 201);
    const after = await expectStatus(api.request(`/v1/dialogues/${d.slug}/steckbrief`, { token: null }), 200);
    expect(after.participants.count).toBe(1);
  });

  it("lets another process on the same database see a write within the cache lifetime", async () => {
    const other = api.anotherProcess({ KFD_READ_CACHE_MS: "1000" });
    const d = await createPublishedDialogue(api, { title: "Zwei-Prozess-Dialog" });
    const read = async () => (await other.request(`/v1/dialogues/${d.slug}/steckbrief`)).json() as Promise<{ dialogue: { goals: string } }>;
    expect((await read()).dialogue.goals).toBe("");
    await expectStatus(api.request(`/v1/dialogues/${d.id}`, { method: "PATCH", json: { goals: "Geändert" } }), 200);
    expect((await read()).dialogue.goals).toBe("");
    await wait(1050);
    expect((await read()).dialogue.goals).toBe("Geändert");
  });

  it("gives a managing token a fresh preview of an unpublished dialogue", async () => {
    const draft = await expectStatus(api.request("/v1/dialogues", { method: "POST", json: { title: "Vorschau", municipalityAgs: "08416041" } }), 201);
    const preview = await expectStatus(api.request(`/v1/dialogues/${draft.slug}/steckbrief`), 200);
    expect(preview.dialogue.published).toBe(false);
  });
});
