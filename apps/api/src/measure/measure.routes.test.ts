import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPublishedDialogue, createTestApi, expectStatus, STUTTGART, type TestApi } from "../testing/test-api.js";

let api: TestApi;
let dialogue: { id: string; slug: string };
beforeAll(async () => {
  api = await createTestApi();
  dialogue = await createPublishedDialogue(api, { slug: "massnahmen" });
});
afterAll(() => api.close());

describe("results, Begleitkreise and measures", () => {
  it("records results and lists them for staff only", async () => {
    const result = await expectStatus(api.request(`/v1/dialogues/${dialogue.slug}/results`, { method: "POST", json: { kind: "handlungsfeld", topic: "bauen-wohnen", text: "Wohnraum fehlt" } }), 201);
    expect(result).toMatchObject({ kind: "handlungsfeld", dialogueId: dialogue.id });
    const list = await expectStatus(api.request(`/v1/dialogues/${dialogue.slug}/results`), 200);
    expect(list.map((r: { id: string }) => r.id)).toContain(result.id);
    await expectStatus(api.request(`/v1/dialogues/${dialogue.slug}/results`, { token: null }), 401);
    const wrongEvent = await expectStatus(api.request(`/v1/dialogues/${dialogue.slug}/results`, { method: "POST", json: { kind: "idee", text: "x", eventId: "unknown-event" } }), 400);
    expect(wrongEvent.errors[0].path).toBe("eventId");
  });

  it("sets up a Begleitkreis and delegates a measure to it", async () => {
    const group = await expectStatus(api.request(`/v1/dialogues/${dialogue.id}/working-groups`, { method: "POST", json: { name: "Begleitkreis Wohnen", contactEmail: "wohnen@tuebingen.de" } }), 201);
    const groups = await expectStatus(api.request(`/v1/dialogues/${dialogue.id}/working-groups`), 200);
    expect(groups.map((g: { name: string }) => g.name)).toEqual(["Begleitkreis Wohnen"]);
    const measure = await expectStatus(
      api.request(`/v1/dialogues/${dialogue.id}/measures`, { method: "POST", json: { title: "Wohnraumbörse", status: "delegated", responsible: { kind: "working-group", workingGroupId: group.id } } }),
      201,
    );
    expect(measure).toMatchObject({ status: "delegated", responsible: { kind: "working-group", workingGroupId: group.id } });
    expect(measure.history).toHaveLength(1);
    const foreign = await expectStatus(api.request(`/v1/dialogues/${dialogue.id}/measures`, { method: "POST", json: { title: "X", responsible: { kind: "working-group", workingGroupId: "not-ours" } } }), 400);
    expect(foreign.errors[0].path).toBe("responsible.workingGroupId");
  });

  it("changes status and progress with a reason kept in the history", async () => {
    const measure = await expectStatus(api.request(`/v1/dialogues/${dialogue.id}/measures`, { method: "POST", json: { title: "Sprachcafé" } }), 201);
    const noReason = await expectStatus(api.request(`/v1/measures/${measure.id}`, { method: "PATCH", json: { progress: 40 } }), 400);
    expect(noReason.errors.map((e: { path: string }) => e.path)).toEqual(["reason"]);
    const started = await expectStatus(api.request(`/v1/measures/${measure.id}`, { method: "PATCH", json: { progress: 40, reason: "Raum gefunden" } }), 200);
    expect(started).toMatchObject({ status: "in-progress", progress: 40 });
    const done = await expectStatus(api.request(`/v1/measures/${measure.id}`, { method: "PATCH", json: { progress: 100, reason: "Läuft wöchentlich" } }), 200);
    expect(done.status).toBe("done");
    expect(done.history.map((h: { reason: string }) => h.reason).slice(1)).toEqual(["Raum gefunden", "Läuft wöchentlich"]);
    const list = await expectStatus(api.request(`/v1/dialogues/${dialogue.id}/measures`), 200);
    expect(list.find((m: { id: string }) => m.id === measure.id).progress).toBe(100);
    const steckbrief = await expectStatus(api.request(`/v1/dialogues/${dialogue.slug}/steckbrief`, { token: null }), 200);
    expect(steckbrief.measures.items.find((m: { id: string }) => m.id === measure.id)).toMatchObject({ status: "done", progress: 100 });
    await expectStatus(api.request("/v1/measures/unknown", { method: "PATCH", json: { progress: 1, reason: "x" } }), 404);
  });

  it("keeps editors of other municipalities out", async () => {
    const measure = await expectStatus(api.request(`/v1/dialogues/${dialogue.id}/measures`, { method: "POST", json: { title: "Fremd" } }), 201);
    const { token } = await expectStatus(api.request("/v1/tokens", { method: "POST", json: { role: "municipality-editor", municipalityAgs: [STUTTGART.ags], label: "S" } }), 201);
    await expectStatus(api.request(`/v1/measures/${measure.id}`, { method: "PATCH", token, json: { progress: 10, reason: "x" } }), 403);
    await expectStatus(api.request(`/v1/dialogues/${dialogue.id}/measures`, { token }), 403);
    await expectStatus(api.request(`/v1/dialogues/${dialogue.id}/working-groups`, { method: "POST", token, json: { name: "X" } }), 403);
  });
});
