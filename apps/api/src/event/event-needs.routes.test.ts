import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEventVia, createPublishedDialogue, createTestApi, expectStatus, register, registrationBody, TUEBINGEN, type TestApi } from "../testing/test-api.js";
import { signedInStaff } from "../testing/staff-session.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

describe("Durchführung: needs and the list at the door", () => {
  it("sums the needs without names and lists people by name for check-in, auditing that look", async () => {
    const dialogue = await createPublishedDialogue(api);
    const event = await createEventVia(api, dialogue.id, { capacity: 2, interpretingLanguages: ["ar"] });
    await expectStatus(register(api, event.id, registrationBody(1, { name: "Weber, Anna", actorGroup: "buergerschaft", accessibilityNeeds: "Rollstuhl" })), 201);
    await expectStatus(register(api, event.id, registrationBody(2, { name: "Ahmadi, Karim", actorGroup: "gefluechtete", interpreting: "ar", childcare: { children: 2 } })), 201);
    await expectStatus(register(api, event.id, registrationBody(3, { name: "Haddad, Lina", actorGroup: "gefluechtete", interpreting: "ti" })), 201);

    const editor = await signedInStaff(api, "municipality-editor", [TUEBINGEN.ags]);
    const needs = await expectStatus(editor.request(`/v1/events/${event.id}/needs`), 200);
    expect(needs).toMatchObject({
      capacity: 2,
      registrations: { confirmed: 2, waitlisted: 1 },
      interpreting: [
        { language: "ar", confirmed: 1, waitlisted: 0 },
        { language: "ti", confirmed: 0, waitlisted: 1 },
      ],
      childcare: { children: { confirmed: 2, waitlisted: 0 } },
      accessibility: { confirmed: 1, waitlisted: 0 },
      uncoveredInterpreting: ["ti"],
    });
    expect(JSON.stringify(needs)).not.toMatch(/Weber|Rollstuhl|example\.org/);

    const list = await expectStatus(editor.request(`/v1/events/${event.id}/check-in`), 200);
    expect(list.map((e: { name: string; status: string }) => `${e.name}:${e.status}`)).toEqual(["Ahmadi, Karim:confirmed", "Weber, Anna:confirmed", "Haddad, Lina:waitlisted"]);
    expect(list[0]).toEqual({ registrationId: expect.any(String), name: "Ahmadi, Karim", status: "confirmed", waitlistPosition: null, attended: false, interpreting: "ar", children: 2 });
    expect(JSON.stringify(list)).not.toMatch(/example\.org|Rollstuhl|buergerschaft/);

    await expectStatus(editor.request(`/v1/registrations/${list[0].registrationId}/attendance`, { method: "POST", json: { attended: true } }), 200);
    expect((await expectStatus(editor.request(`/v1/events/${event.id}/check-in`), 200))[0].attended).toBe(true);

    const audit = await expectStatus(api.request(`/v1/audit-log?eventId=${event.id}&action=view-check-in-list`), 200);
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actorTokenId: `staff:${editor.staffId}`, action: "view-check-in-list", eventId: event.id });
  });
});
