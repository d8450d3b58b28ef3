import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPublishedDialogue, createTestApi, expectStatus, TUEBINGEN, type TestApi } from "../testing/test-api.js";
import { signedInStaff } from "../testing/staff-session.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

describe("Ergebnisse & Umsetzung", () => {
  it("turns an idea into a measure in one step, once, keeping the link, and only ideas", async () => {
    const dialogue = await createPublishedDialogue(api);
    const editor = await signedInStaff(api, "municipality-editor", [TUEBINGEN.ags]);
    const idea = await expectStatus(
      editor.request(`/v1/dialogues/${dialogue.id}/results`, { method: "POST", json: { kind: "idee", topic: "ausbildung-arbeit", text: "Sprachcafé im Jugendhaus. Einmal pro Woche." } }),
      201,
    );
    const conflictResult = await expectStatus(editor.request(`/v1/dialogues/${dialogue.id}/results`, { method: "POST", json: { kind: "konfliktfeld", text: "Lärm" } }), 201);

    const measure = await expectStatus(editor.request(`/v1/results/${idea.id}/measure`, { method: "POST", json: { dueOn: "2027-02-01", responsible: { kind: "role", role: "Jugendreferat" } } }), 201);
    expect(measure).toMatchObject({ title: "Sprachcafé im Jugendhaus.", topic: "ausbildung-arbeit", resultId: idea.id, dueOn: "2027-02-01", status: "planned", history: [{ reason: "angelegt" }] });
    expect((await expectStatus(editor.request(`/v1/results/${idea.id}/measure`, { method: "POST" }), 409)).code).toBe("conflict");
    expect((await expectStatus(editor.request(`/v1/results/${conflictResult.id}/measure`, { method: "POST" }), 409)).code).toBe("not_an_idea");
    const second = await expectStatus(editor.request(`/v1/dialogues/${dialogue.id}/results`, { method: "POST", json: { kind: "idee", text: "Fahrradwerkstatt" } }), 201);
    const wrongGroup = await expectStatus(
      editor.request(`/v1/results/${second.id}/measure`, { method: "POST", json: { responsible: { kind: "working-group", workingGroupId: "nope" } } }),
      400,
    );
    expect(wrongGroup.errors).toEqual([{ path: "responsible.workingGroupId", message: "must be a Begleitkreis of this dialogue" }]);
    await expectStatus(editor.request(`/v1/results/${idea.id}/measure`, { method: "POST", json: { colour: "rot" } }), 400);

    const steckbrief = await expectStatus(api.request(`/v1/dialogues/${dialogue.id}/steckbrief`, { token: null }), 200);
    expect(JSON.stringify(steckbrief)).toContain("Sprachcafé im Jugendhaus.");
  });

  it("shows the overdue measures of the catalogue on request", async () => {
    const dialogue = await createPublishedDialogue(api);
    const create = (json: unknown) => expectStatus(api.request(`/v1/dialogues/${dialogue.id}/measures`, { method: "POST", json }), 201);
    const late = await create({ title: "Patenschaften", dueOn: "2026-11-01" });
    await create({ title: "Fest", dueOn: "2026-11-01", status: "done", progress: 100 });
    await create({ title: "Wohnungsbörse", dueOn: "2027-06-01" });
    await create({ title: "Ohne Datum" });
    const overdue = await expectStatus(api.request(`/v1/dialogues/${dialogue.id}/measures?overdue=true`), 200);
    expect(overdue.map((m: { id: string }) => m.id)).toEqual([late.id]);
    expect(await expectStatus(api.request(`/v1/dialogues/${dialogue.id}/measures?overdue=false`), 200)).toHaveLength(3);
    expect(await expectStatus(api.request(`/v1/dialogues/${dialogue.id}/measures`), 200)).toHaveLength(4);
    await expectStatus(api.request(`/v1/dialogues/${dialogue.id}/measures?overdue=ja`), 400);
  });
});
