import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEventVia, createPublishedDialogue, createTestApi, expectStatus, register, registrationBody, type TestApi } from "../testing/test-api.js";

describe("GET /v1/stats", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
    const dialogue = await createPublishedDialogue(api, { topics: [{ slug: "bauen-wohnen", label: "Bauen & Wohnen" }], heldOn: "2017-03-01" });
    const event = await createEventVia(api, dialogue.id, { capacity: 30 });
    for (let n = 0; n < 8; n++) await expectStatus(register(api, event.id, registrationBody(n, { actorGroup: "gefluechtete", language: "ar" })), 201);
    for (let n = 8; n < 10; n++) await expectStatus(register(api, event.id, registrationBody(n, { actorGroup: "politik" })), 201);
    // Unpublished dialogues do not count.
    await expectStatus(api.request("/v1/dialogues", { method: "POST", json: { title: "Entwurf", municipalityAgs: "08111000" } }), 201);
  });
  afterAll(() => api.close());

  it("answers anyone with aggregated figures, small counts of people suppressed", async () => {
    const stats = await expectStatus(api.request("/v1/stats", { token: null }), 200);
    expect(stats.dialogues).toMatchObject({ total: 1, byMunicipalityKind: { stadt: 1 }, byYear: { "2017": 1 }, byTopic: [{ slug: "bauen-wohnen", count: 1 }] });
    expect(stats.participants).toMatchObject({ registered: 10, byActorGroup: { gefluechtete: "suppressed", politik: "< 5" }, byLanguage: { ar: "suppressed", de: "< 5" } });
    expect(stats.events).toMatchObject({ total: 1, seats: 30, seatsTaken: 10 });
    expect(JSON.stringify(stats)).not.toMatch(/example\.org|Person \d/);
  });

  it("gives the same figures as CSV open data, with the same suppression", async () => {
    const res = await api.request("/v1/stats?format=csv", { token: null });
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString("utf8");
    expect(csv.startsWith("section,key,value\r\n")).toBe(true);
    expect(csv).toContain('"participants.byActorGroup","politik","< 5"');
    expect(csv).toContain('"participants","registered","10"');
    const viaAccept = await api.request("/v1/stats", { token: null, headers: { accept: "text/csv" } });
    expect(Buffer.from(await viaAccept.arrayBuffer()).subarray(3).toString("utf8")).toBe(csv);
  });

  it("is documented in the OpenAPI document with its schema", async () => {
    const doc = await expectStatus(api.request("/openapi.json", { token: null }), 200);
    expect(doc.paths["/v1/stats"].get.responses["200"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/ProgrammeStats" });
    for (const path of ["/v1/audit-log", "/v1/outbox", "/v1/registrations/{cancelToken}/personal-data", "/v1/registrations/{id}/erase"]) expect(doc.paths[path]).toBeDefined();
  });
});
