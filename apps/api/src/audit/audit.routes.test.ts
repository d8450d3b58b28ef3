import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEventVia, createPublishedDialogue, createTestApi, expectStatus, register, registrationBody, TUEBINGEN, type TestApi } from "../testing/test-api.js";

describe("audit log of staff access to personal data", () => {
  let api: TestApi;
  let editor: string;
  beforeAll(async () => {
    api = await createTestApi();
    editor = (await expectStatus(api.request("/v1/tokens", { method: "POST", json: { role: "municipality-editor", municipalityAgs: [TUEBINGEN.ags], label: "Integrationsbüro Tübingen" } }), 201)).token;
  });
  afterAll(() => api.close());

  it("records every list, CSV export, attendance change and staff erasure with who, what and when — not the data", async () => {
    const dialogue = await createPublishedDialogue(api);
    const event = await createEventVia(api, dialogue.id, { capacity: 3 });
    const receipt = await expectStatus(register(api, event.id, registrationBody(1)), 201);
    await expectStatus(api.request(`/v1/events/${event.id}/registrations`, { token: editor }), 200);
    const csv = await api.request(`/v1/events/${event.id}/registrations?format=csv`, { token: editor });
    expect(csv.status).toBe(200);
    await expectStatus(api.request(`/v1/registrations/${receipt.id}/attendance`, { method: "POST", token: editor, json: { attended: true } }), 200);
    await expectStatus(api.request(`/v1/registrations/${receipt.id}/erase`, { method: "POST", token: editor }), 200);

    const log = await expectStatus(api.request(`/v1/audit-log?eventId=${event.id}`), 200);
    expect(log.map((e: { action: string }) => e.action)).toEqual(["erase-registration", "export-registrations", "list-registrations"]);
    expect(log[0]).toMatchObject({ actorLabel: "Integrationsbüro Tübingen", registrationId: receipt.id, at: api.clock.now.toISOString() });
    const attendance = await expectStatus(api.request("/v1/audit-log?action=set-attendance"), 200);
    expect(attendance).toEqual([expect.objectContaining({ registrationId: receipt.id, actorLabel: "Integrationsbüro Tübingen" })]);
    expect(JSON.stringify(log)).not.toContain("person1@example.org");
  });

  it("writes nothing for a refused request, and only state admins read the log", async () => {
    const dialogue = await createPublishedDialogue(api);
    const event = await createEventVia(api, dialogue.id);
    await expectStatus(api.request(`/v1/events/${event.id}/registrations`, { token: null }), 401);
    expect(await expectStatus(api.request(`/v1/audit-log?eventId=${event.id}`), 200)).toEqual([]);
    await expectStatus(api.request("/v1/audit-log", { token: editor }), 403);
    await expectStatus(api.request("/v1/audit-log", { token: null }), 401);
  });

  it("shows the outbox to staff (the demo's mailbox), scoped to the editor's municipality, and audits it", async () => {
    const dialogue = await createPublishedDialogue(api);
    const event = await createEventVia(api, dialogue.id);
    const receipt = await expectStatus(register(api, event.id, registrationBody(5, { language: "de" })), 201);
    const outbox = await expectStatus(api.request(`/v1/outbox?eventId=${event.id}`, { token: editor }), 200);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ kind: "confirmation", status: "queued", to: "Person 5 <person5@example.org>", subject: "Anmeldung bestätigt: World-Café im Rathaus" });
    expect(outbox[0].text).toContain(`http://localhost:3000/my-registration/${receipt.cancelToken}`);
    const stuttgart = (await expectStatus(api.request("/v1/tokens", { method: "POST", json: { role: "municipality-editor", municipalityAgs: ["08111000"], label: "Stuttgart" } }), 201)).token;
    expect(await expectStatus(api.request(`/v1/outbox?eventId=${event.id}`, { token: stuttgart }), 200)).toEqual([]);
    const log = await expectStatus(api.request("/v1/audit-log?action=view-outbox"), 200);
    expect(log.map((e: { actorLabel: string }) => e.actorLabel)).toEqual(["Stuttgart", "Integrationsbüro Tübingen"]);
  });
});
