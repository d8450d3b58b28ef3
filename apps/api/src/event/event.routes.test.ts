import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEventVia, createPublishedDialogue, createTestApi, expectStatus, register, registrationBody, type TestApi } from "../testing/test-api.js";

let api: TestApi;
let dialogue: { id: string; slug: string };
beforeAll(async () => {
  api = await createTestApi();
  dialogue = await createPublishedDialogue(api, { slug: "event-tests" });
});
afterAll(() => api.close());

describe("event routes", () => {
  it("creates an event from title, times, capacity and waitlist alone (201 with id)", async () => {
    const res = await api.request(`/v1/dialogues/${dialogue.slug}/events`, {
      method: "POST",
      json: { title: "Zukunftswerkstatt", startsAt: "2030-03-05T17:00:00+01:00", endsAt: "2030-03-05T20:00:00+01:00", capacity: 40, waitlist: false },
    });
    const event = await expectStatus(res, 201);
    expect(event.id).toEqual(expect.any(String));
    expect(res.headers.get("location")).toBe(`/v1/events/${event.id}`);
    expect(event).toMatchObject({ format: "in-person", languages: ["de"], waitlist: false, status: "scheduled", dialogueId: dialogue.id });
  });

  it("names the offending field of an invalid event", async () => {
    const body = await expectStatus(
      api.request(`/v1/dialogues/${dialogue.slug}/events`, { method: "POST", json: { title: "X", startsAt: "2030-03-05T17:00:00+01:00", endsAt: "2030-03-05T16:00:00+01:00", capacity: 0 } }),
      400,
    );
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["capacity", "endsAt"]);
  });

  it("shows the public event with capacity, seats left and waitlist figures", async () => {
    const event = await createEventVia(api, dialogue.slug, { capacity: 2, waitlist: true });
    for (const n of [1, 2, 3]) await expectStatus(register(api, event.id, registrationBody(n)), 201);
    const pub = await expectStatus(api.request(`/v1/events/${event.id}`, { token: null }), 200);
    expect(pub).toMatchObject({ id: event.id, capacity: 2, seatsLeft: 0, waitlist: true, confirmedCount: 2, waitlistCount: 1, dialogueSlug: "event-tests" });
    const listed = await expectStatus<{ id: string; seatsLeft: number }[]>(api.request(`/v1/dialogues/${dialogue.slug}/events`, { token: null }), 200);
    expect(listed.find((e) => e.id === event.id)?.seatsLeft).toBe(0);
  });

  it("patches an event, checking the merged result and refusing a capacity below the confirmed count", async () => {
    const event = await createEventVia(api, dialogue.slug, { capacity: 3, waitlist: true });
    for (const n of [11, 12, 13, 14]) await expectStatus(register(api, event.id, registrationBody(n)), 201);
    const bad = await expectStatus(api.request(`/v1/events/${event.id}`, { method: "PATCH", json: { endsAt: "2030-12-03T17:00:00+01:00" } }), 400);
    expect(bad.errors[0].path).toBe("endsAt");
    const tooSmall = await expectStatus(api.request(`/v1/events/${event.id}`, { method: "PATCH", json: { capacity: 2 } }), 409);
    expect(tooSmall.code).toBe("conflict");
    const raised = await expectStatus(api.request(`/v1/events/${event.id}`, { method: "PATCH", json: { capacity: 4, title: "Größer" } }), 200);
    expect(raised).toMatchObject({ capacity: 4, title: "Größer" });
    const pub = await expectStatus(api.request(`/v1/events/${event.id}`, { token: null }), 200);
    expect(pub).toMatchObject({ confirmedCount: 4, waitlistCount: 0 });
  });

  it("cancels an event: later registrations get 409 event_cancelled, cancelling twice is harmless", async () => {
    const event = await createEventVia(api, dialogue.slug);
    const cancelled = await expectStatus(api.request(`/v1/events/${event.id}/cancel`, { method: "POST", json: { reason: "Raum nicht verfügbar" } }), 200);
    expect(cancelled).toMatchObject({ status: "cancelled", cancelledReason: "Raum nicht verfügbar" });
    await expectStatus(api.request(`/v1/events/${event.id}/cancel`, { method: "POST" }), 200);
    const refused = await expectStatus(register(api, event.id, registrationBody(99)), 409);
    expect(refused.code).toBe("event_cancelled");
  });

  it("answers 404 for unknown events and needs a token to change one", async () => {
    await expectStatus(api.request("/v1/events/does-not-exist", { token: null }), 404);
    await expectStatus(api.request("/v1/events/does-not-exist", { method: "PATCH", json: { title: "x" } }), 404);
    const event = await createEventVia(api, dialogue.slug);
    const noToken = await expectStatus(api.request(`/v1/events/${event.id}`, { method: "PATCH", token: null, json: { title: "x" } }), 401);
    expect(noToken.code).toBe("unauthorized");
  });
});
