import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPublishedDialogue, createTestApi, expectStatus, STUTTGART, TUEBINGEN, type TestApi } from "../testing/test-api.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

describe("dialogue routes", () => {
  it("creates a dialogue with defaults and a slug derived from the title, numbered when taken", async () => {
    const first = await expectStatus(api.request("/v1/dialogues", { method: "POST", json: { title: "Schwäbisch Gmünd gemeinsam", municipalityAgs: TUEBINGEN.ags } }), 201);
    expect(first).toMatchObject({ slug: "schwaebisch-gmuend-gemeinsam", phase: "preparation", published: false, method: "world-cafe" });
    const second = await expectStatus(api.request("/v1/dialogues", { method: "POST", json: { title: "Schwäbisch Gmünd gemeinsam", municipalityAgs: TUEBINGEN.ags } }), 201);
    expect(second.slug).toBe("schwaebisch-gmuend-gemeinsam-2");
  });

  it("refuses a slug the caller chose when it is taken (409) and an unknown municipality (400 naming the field)", async () => {
    await expectStatus(api.request("/v1/dialogues", { method: "POST", json: { title: "A", municipalityAgs: TUEBINGEN.ags, slug: "fest" } }), 201);
    const taken = await expectStatus(api.request("/v1/dialogues", { method: "POST", json: { title: "B", municipalityAgs: TUEBINGEN.ags, slug: "fest" } }), 409);
    expect(taken.code).toBe("conflict");
    const unknown = await expectStatus(api.request("/v1/dialogues", { method: "POST", json: { title: "C", municipalityAgs: "08999999" } }), 400);
    expect(unknown.errors).toEqual([{ path: "municipalityAgs", message: expect.stringContaining("08999999") }]);
  });

  it("keeps unpublished dialogues from the public but shows them to admins", async () => {
    const draft = await expectStatus(api.request("/v1/dialogues", { method: "POST", json: { title: "Entwurf Dialog", municipalityAgs: TUEBINGEN.ags } }), 201);
    await expectStatus(api.request(`/v1/dialogues/${draft.slug}`, { token: null }), 404);
    await expectStatus(api.request(`/v1/dialogues/${draft.slug}/steckbrief`, { token: null }), 404);
    const publicList = await expectStatus<{ slug: string }[]>(api.request("/v1/dialogues", { token: null }), 200);
    expect(publicList.map((d) => d.slug)).not.toContain(draft.slug);

    const asAdmin = await expectStatus(api.request(`/v1/dialogues/${draft.slug}`), 200);
    expect(asAdmin).toMatchObject({ id: draft.id, retentionDays: 30 });
    const adminList = await expectStatus<{ slug: string }[]>(api.request("/v1/dialogues"), 200);
    expect(adminList.map((d) => d.slug)).toContain(draft.slug);

    await expectStatus(api.request(`/v1/dialogues/${draft.id}/publish`, { method: "POST" }), 200);
    const published = await expectStatus(api.request(`/v1/dialogues/${draft.slug}`, { token: null }), 200);
    expect(published.id).toBe(draft.id);
    expect(published).not.toHaveProperty("retentionDays");
    expect(published).not.toHaveProperty("location");

    await expectStatus(api.request(`/v1/dialogues/${draft.id}/unpublish`, { method: "POST" }), 200);
    await expectStatus(api.request(`/v1/dialogues/${draft.slug}`, { token: null }), 404);
  });

  it("filters the public list by query, topic, kind and phase", async () => {
    await createPublishedDialogue(api, { title: "Wohnen in der Weststadt", topics: [{ slug: "bauen-wohnen", label: "Bauen & Wohnen" }], slug: "weststadt" });
    const byTopic = await expectStatus<{ slug: string }[]>(api.request("/v1/dialogues?topic=bauen-wohnen", { token: null }), 200);
    expect(byTopic.map((d) => d.slug)).toEqual(["weststadt"]);
    const byText = await expectStatus<{ slug: string }[]>(api.request("/v1/dialogues?q=Weststadt", { token: null }), 200);
    expect(byText.map((d) => d.slug)).toEqual(["weststadt"]);
    const byPhase = await expectStatus<{ slug: string }[]>(api.request("/v1/dialogues?phase=completed", { token: null }), 200);
    expect(byPhase.map((d) => d.slug)).not.toContain("weststadt");
    const bad = await expectStatus(api.request("/v1/dialogues?phase=someday", { token: null }), 400);
    expect(bad.errors[0].path).toBe("query.phase");
  });

  it("changes fields with PATCH and leaves the others alone", async () => {
    const d = await createPublishedDialogue(api, { title: "Patch-Dialog", occasion: "Neue Unterkunft" });
    const patched = await expectStatus(api.request(`/v1/dialogues/${d.slug}`, { method: "PATCH", json: { goals: "Begegnung" } }), 200);
    expect(patched).toMatchObject({ goals: "Begegnung", occasion: "Neue Unterkunft", title: "Patch-Dialog" });
    const wrong = await expectStatus(api.request(`/v1/dialogues/${d.slug}`, { method: "PATCH", json: { retentionDays: 0 } }), 400);
    expect(wrong.errors[0].path).toBe("retentionDays");
  });

  it("keeps the Steckbrief's costs, funding and contact and removes an optional field sent as null", async () => {
    const d = await createPublishedDialogue(api, { title: "Steckbrief-Dialog" });
    const contact = { role: "Integrationsbeauftragte", organisation: "Stadt Tübingen", email: "integration@tuebingen.example" };
    const patched = await expectStatus(
      api.request(`/v1/dialogues/${d.id}`, {
        method: "PATCH",
        json: { costs: { totalEuro: 4200, note: "Raummiete und Verpflegung" }, funding: [{ source: "Land Baden-Württemberg", amountEuro: 3000 }], contact, location: { lat: 48.52, lon: 9.05 }, participantCount: 80 },
      }),
      200,
    );
    expect(patched).toMatchObject({ costs: { totalEuro: 4200 }, funding: [{ source: "Land Baden-Württemberg", amountEuro: 3000 }], contact, location: { lat: 48.52, lon: 9.05 }, participantCount: 80 });
    const cleared = await expectStatus(api.request(`/v1/dialogues/${d.id}`, { method: "PATCH", json: { contact: null, location: null, participantCount: null } }), 200);
    expect(cleared).not.toHaveProperty("contact");
    expect(cleared).not.toHaveProperty("location");
    expect(cleared).not.toHaveProperty("participantCount");
    expect(cleared.funding).toHaveLength(1);
    const wrong = await expectStatus(api.request(`/v1/dialogues/${d.id}`, { method: "PATCH", json: { title: null, funding: [{ source: "", amountEuro: -1 }] } }), 400);
    expect(wrong.errors.map((e: { path: string }) => e.path).sort()).toEqual(["funding.0.amountEuro", "funding.0.source", "title"]);
  });

  it("moves phases one step at a time and answers 409 phase_transition_not_allowed otherwise", async () => {
    const d = await createPublishedDialogue(api, { title: "Phasen-Dialog" });
    const skip = await expectStatus(api.request(`/v1/dialogues/${d.id}/phase`, { method: "POST", json: { phase: "implementation" } }), 409);
    expect(skip).toMatchObject({ code: "phase_transition_not_allowed", status: 409 });
    expect(skip.detail).toContain("execution");
    const next = await expectStatus(api.request(`/v1/dialogues/${d.id}/phase`, { method: "POST", json: { phase: "execution" } }), 200);
    expect(next.phase).toBe("execution");
    const back = await expectStatus(api.request(`/v1/dialogues/${d.id}/phase`, { method: "POST", json: { phase: "preparation" } }), 200);
    expect(back.phase).toBe("preparation");
  });

  describe("municipality editors", () => {
    let editor: string;
    let foreignDraft: { id: string; slug: string };
    let foreignPublished: { id: string; slug: string };
    beforeAll(async () => {
      const created = await expectStatus(api.request("/v1/tokens", { method: "POST", json: { role: "municipality-editor", municipalityAgs: [TUEBINGEN.ags], label: "Tübingen" } }), 201);
      editor = created.token;
      foreignDraft = await expectStatus(api.request("/v1/dialogues", { method: "POST", json: { title: "Stuttgart intern", municipalityAgs: STUTTGART.ags } }), 201);
      foreignPublished = await createPublishedDialogue(api, { title: "Stuttgart öffentlich", municipalityAgs: STUTTGART.ags });
    });

    it("manage their own municipality's dialogues", async () => {
      const own = await expectStatus(api.request("/v1/dialogues", { method: "POST", token: editor, json: { title: "Tübingen Editor", municipalityAgs: TUEBINGEN.ags } }), 201);
      await expectStatus(api.request(`/v1/dialogues/${own.id}/publish`, { method: "POST", token: editor }), 200);
      const list = await expectStatus<{ municipalityAgs: string }[]>(api.request("/v1/dialogues", { token: editor }), 200);
      expect(new Set(list.map((d) => d.municipalityAgs))).toEqual(new Set([TUEBINGEN.ags]));
    });

    it("get 403 for another municipality's public dialogue and 404 for its unpublished one", async () => {
      const created = await expectStatus(api.request("/v1/dialogues", { method: "POST", token: editor, json: { title: "X", municipalityAgs: STUTTGART.ags } }), 403);
      expect(created.code).toBe("forbidden");
      await expectStatus(api.request(`/v1/dialogues/${foreignPublished.id}`, { method: "PATCH", token: editor, json: { goals: "x" } }), 403);
      await expectStatus(api.request(`/v1/dialogues/${foreignDraft.id}`, { method: "PATCH", token: editor, json: { goals: "x" } }), 404);
      await expectStatus(api.request(`/v1/dialogues/${foreignDraft.id}`, { token: editor }), 404);
      const seen = await expectStatus(api.request(`/v1/dialogues/${foreignPublished.id}`, { token: editor }), 200);
      expect(seen).not.toHaveProperty("retentionDays");
      await expectStatus(api.request(`/v1/dialogues/${foreignDraft.id}/events`, { method: "POST", token: editor, json: { title: "E", startsAt: "2030-01-01T10:00:00+01:00", endsAt: "2030-01-01T12:00:00+01:00", capacity: 5 } }), 404);
    });

    it("may not move a dialogue into a municipality they do not manage", async () => {
      const own = await expectStatus(api.request("/v1/dialogues", { method: "POST", token: editor, json: { title: "Umzug", municipalityAgs: TUEBINGEN.ags } }), 201);
      await expectStatus(api.request(`/v1/dialogues/${own.id}`, { method: "PATCH", token: editor, json: { municipalityAgs: STUTTGART.ags } }), 403);
    });
  });
});
