import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEventVia, createPublishedDialogue, createTestApi, expectStatus, register, registrationBody, type TestApi } from "../testing/test-api.js";

describe("a registrant's own data", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it("shows the registration to the holder of the token, privately", async () => {
    const dialogue = await createPublishedDialogue(api, { retentionDays: 14 });
    const event = await createEventVia(api, dialogue.id, { capacity: 1 });
    const receipt = await expectStatus(register(api, event.id, registrationBody(1, { accessibilityNeeds: "Rollstuhl", language: "en" })), 201);
    const res = await api.request(`/v1/registrations/${receipt.cancelToken}`, { token: null });
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    const own = await expectStatus(res, 200);
    expect(own).toMatchObject({ id: receipt.id, name: "Person 1", email: "person1@example.org", accessibilityNeeds: "Rollstuhl", status: "confirmed", personalDataErasedAt: null });
    expect(own.erasureDueAt).toBe(new Date(Date.parse("2030-12-03T21:00:00+01:00") + 14 * 86_400_000).toISOString());
    await expectStatus(api.request("/v1/registrations/not-a-real-token-00000000000", { token: null }), 404);
  });

  it("erases on request: the seat moves up, name and e-mail are gone, repeating changes nothing", async () => {
    const dialogue = await createPublishedDialogue(api);
    const event = await createEventVia(api, dialogue.id, { capacity: 1 });
    const first = await expectStatus(register(api, event.id, registrationBody(1)), 201);
    await expectStatus(register(api, event.id, registrationBody(2)), 201);
    const erased = await expectStatus(api.request(`/v1/registrations/${first.cancelToken}/personal-data`, { method: "DELETE", token: null }), 200);
    expect(erased).toMatchObject({ id: first.id, status: "cancelled", promoted: 1, personalDataErasedAt: api.clock.now.toISOString() });
    expect(await expectStatus(api.request(`/v1/registrations/${first.cancelToken}`, { token: null }), 200)).toMatchObject({ name: null, email: null, erasureDueAt: null });
    expect(await expectStatus(api.request(`/v1/registrations/${first.cancelToken}/personal-data`, { method: "DELETE", token: null }), 200)).toMatchObject({ promoted: 0 });
    const list = await expectStatus(api.request(`/v1/events/${event.id}/registrations`), 200);
    expect(list.map((r: { name: string; status: string }) => [r.name, r.status])).toEqual([
      ["", "cancelled"],
      ["Person 2", "confirmed"],
    ]);
    const audit = await expectStatus(api.request(`/v1/audit-log?eventId=${event.id}`), 200);
    expect(audit.map((e: { action: string }) => e.action)).toEqual(["list-registrations", "self-service-erase", "self-service-erase"]);
  });

  it("offers a page in the registrant's language whose forms cancel and erase, and which GET never changes", async () => {
    const dialogue = await createPublishedDialogue(api);
    const event = await createEventVia(api, dialogue.id, { capacity: 5 });
    const receipt = await expectStatus(register(api, event.id, registrationBody(7, { language: "ar", name: "Karim" })), 201);
    const page = await api.request(`/my-registration/${receipt.cancelToken}`, { token: null });
    const body = await page.text();
    expect(page.headers.get("content-security-policy")).toContain("form-action 'self'");
    expect(body).toContain('<html lang="ar" dir="rtl">');
    expect(body).toContain("Karim");
    expect(body).toContain(`action="/my-registration/${receipt.cancelToken}/erase"`);
    expect((await expectStatus(api.request(`/v1/registrations/${receipt.cancelToken}`, { token: null }), 200)).status).toBe("confirmed");

    const cancelled = await api.request(`/my-registration/${receipt.cancelToken}/cancel`, { method: "POST", token: null });
    expect(cancelled.status).toBe(200);
    expect((await expectStatus(api.request(`/v1/registrations/${receipt.cancelToken}`, { token: null }), 200)).status).toBe("cancelled");
    const erased = await api.request(`/my-registration/${receipt.cancelToken}/erase`, { method: "POST", token: null });
    expect(await erased.text()).not.toContain("Karim");
    expect((await api.request("/my-registration/unknown-token-0000000000000", { token: null })).status).toBe(404);
  });
});
