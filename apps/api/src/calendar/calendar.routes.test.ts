import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEventVia, createPublishedDialogue, createTestApi, expectStatus, type TestApi } from "../testing/test-api.js";

let api: TestApi;
let dialogue: { id: string; slug: string };
beforeAll(async () => {
  api = await createTestApi();
  dialogue = await createPublishedDialogue(api, { title: "Dialog, Teil 1; Wohnen" });
});
afterAll(() => api.close());

/** Unfolds an iCalendar text into its logical lines. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n").filter((l) => l !== "");

describe("GET /v1/events/{id}/calendar.ics", () => {
  it("is a valid RFC 5545 file with the Berlin time zone", async () => {
    const event = await createEventVia(api, dialogue.id, {
      title: "World-Café: Wohnen, Arbeit; Schule",
      description: "Wir sprechen über\nWohnen und Arbeit. ".repeat(5),
      startsAt: "2030-12-03T18:00:00+01:00",
      endsAt: "2030-12-03T21:00:00+01:00",
      venue: { name: "Rathaus", address: "Marktplatz 1, 72070 Tübingen" },
    });
    const res = await api.request(`/v1/events/${event.id}/calendar.ics`, { token: null });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const ics = await res.text();
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const physical of ics.split("\r\n")) expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);

    const lines = unfold(ics);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.at(-1)).toBe("END:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines.some((l) => l.startsWith("PRODID:"))).toBe(true);
    expect(lines).toContain("BEGIN:VTIMEZONE");
    expect(lines).toContain("TZID:Europe/Berlin");
    expect(lines).toContain("DTSTART;TZID=Europe/Berlin:20301203T180000");
    expect(lines).toContain("DTEND;TZID=Europe/Berlin:20301203T210000");
    expect(lines).toContain(`UID:${event.id}@kfd`);
    expect(lines.find((l) => l.startsWith("DTSTAMP:"))).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    expect(lines).toContain("SUMMARY:World-Café: Wohnen\\, Arbeit\\; Schule");
    expect(lines).toContain("LOCATION:Rathaus\\, Marktplatz 1\\, 72070 Tübingen");
    expect(lines.find((l) => l.startsWith("DESCRIPTION:"))).toContain("Wir sprechen über\\nWohnen");
    expect(lines).toContain("STATUS:CONFIRMED");
    expect(lines.filter((l) => l.startsWith("BEGIN:")).length).toBe(lines.filter((l) => l.startsWith("END:")).length);
  });

  it("converts summer times to Berlin wall-clock time", async () => {
    const event = await createEventVia(api, dialogue.id, { startsAt: "2030-07-01T16:00:00Z", endsAt: "2030-07-01T18:30:00Z" });
    const lines = unfold(await (await api.request(`/v1/events/${event.id}/calendar.ics`, { token: null })).text());
    expect(lines).toContain("DTSTART;TZID=Europe/Berlin:20300701T180000");
    expect(lines).toContain("DTEND;TZID=Europe/Berlin:20300701T203000");
  });

  it("marks a cancelled event STATUS:CANCELLED with a higher SEQUENCE", async () => {
    const event = await createEventVia(api, dialogue.id);
    const before = unfold(await (await api.request(`/v1/events/${event.id}/calendar.ics`, { token: null })).text());
    api.clock.now = new Date(api.clock.now.getTime() + 3_600_000);
    try {
      await expectStatus(api.request(`/v1/events/${event.id}/cancel`, { method: "POST" }), 200);
    } finally {
      api.clock.now = new Date("2026-11-21T10:00:00+01:00");
    }
    const after = unfold(await (await api.request(`/v1/events/${event.id}/calendar.ics`, { token: null })).text());
    expect(after).toContain("STATUS:CANCELLED");
    const seq = (lines: string[]) => Number(lines.find((l) => l.startsWith("SEQUENCE:"))!.slice(9));
    expect(seq(after)).toBeGreaterThan(seq(before));
  });

  it("answers 404 problem+json for an unknown event", async () => {
    const res = await api.request("/v1/events/unknown/calendar.ics", { token: null });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
  });
});
