import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, expectStatus, TUEBINGEN, type TestApi } from "../testing/test-api.js";
import { signedInStaff } from "../testing/staff-session.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

describe("Vorbereitung through a staff session", () => {
  it("answers the analysis, applies a template, ticks the checklist and keeps a project plan", async () => {
    const editor = await signedInStaff(api, "municipality-editor", [TUEBINGEN.ags]);
    const templates = await expectStatus(api.request("/v1/method-templates", { token: null }), 200);
    expect(templates.map((t: { name: string }) => t.name)).toEqual(["World-Café", "Zukunftswerkstatt", "Open Space", "Ideenworkshop", "Frauendialog", "Mobiles Format (z. B. Frühstücksbus)"]);

    const dialogue = await expectStatus(editor.request("/v1/dialogues", { method: "POST", json: { title: "Nachbarschaft Südstadt", municipalityAgs: TUEBINGEN.ags, actors: ["gefluechtete"] } }), 201);
    const base = `/v1/dialogues/${dialogue.slug}`;
    await expectStatus(editor.request(`${base}/analysis`, { method: "PATCH", json: { situation: "Neue Unterkunft für 40 Menschen", design: "World-Café" } }), 200);
    const bad = await expectStatus(editor.request(`${base}/analysis`, { method: "PATCH", json: { wetter: "gut" } }), 400);
    expect(bad.errors).toEqual([{ path: "wetter", message: "is not a field of this request" }]);

    const prepared = await expectStatus(editor.request(`${base}/method-template`, { method: "POST", json: { method: "zukunftswerkstatt" } }), 200);
    expect(prepared).toMatchObject({ templateMethod: "zukunftswerkstatt", analysis: { situation: "Neue Unterkunft für 40 Menschen", design: "World-Café" }, actors: ["gefluechtete"] });
    expect(prepared.checklist.length).toBe(templates[1].checklist.length);
    expect((await expectStatus(editor.request(`/v1/dialogues/${dialogue.id}`), 200)).method).toBe("zukunftswerkstatt");
    await expectStatus(editor.request(`${base}/method-template`, { method: "POST", json: { method: "andere" } }), 400);

    const interpreters = prepared.checklist.find((i: { templateKey: string }) => i.templateKey === "sprachmittlung");
    expect(await expectStatus(editor.request(`/v1/checklist-items/${interpreters.id}`, { method: "PATCH", json: { done: true } }), 200)).toMatchObject({ done: true, doneAt: api.clock.now.toISOString() });
    const own = await expectStatus(editor.request(`${base}/checklist`, { method: "POST", json: { text: "Gebetsraum anfragen" } }), 201);
    await expectStatus(editor.request(`${base}/milestones`, { method: "POST", json: { title: "Dialogabend", dueOn: "2027-03-10" } }), 201);
    const kickoff = await expectStatus(editor.request(`${base}/milestones`, { method: "POST", json: { title: "Auftakt mit der Beraterin", dueOn: "2027-01-15" } }), 201);
    await expectStatus(editor.request(`/v1/milestones/${kickoff.id}`, { method: "PATCH", json: { done: true } }), 200);
    await expectStatus(editor.request(`${base}/milestones`, { method: "POST", json: { title: "", dueOn: "15.01.2027" } }), 400);
    await expectStatus(editor.request(`/v1/checklist-items/${own.id}`, { method: "DELETE" }), 204);

    const final = await expectStatus(editor.request(`${base}/preparation`), 200);
    expect(final.checklist.find((i: { id: string }) => i.id === interpreters.id).done).toBe(true);
    expect(final.checklist.some((i: { id: string }) => i.id === own.id)).toBe(false);
    expect(final.milestones.map((m: { title: string; done: boolean }) => [m.title, m.done])).toEqual([
      ["Auftakt mit der Beraterin", true],
      ["Dialogabend", false],
    ]);
  });
});
