import { describe, expect, it } from "vitest";
import { erasureDueAt } from "./own-registration.js";

const base = { eventEndsAt: "2030-12-03T21:00:00+01:00", retentionDays: 30, cancelledRetentionDays: 7, registrationCancelledAt: null, eventCancelledAt: null };

describe("erasureDueAt", () => {
  it("falls retentionDays after the event ends", () => {
    expect(erasureDueAt(base).toISOString()).toBe("2031-01-02T20:00:00.000Z");
  });

  it("comes sooner for a cancelled registration", () => {
    expect(erasureDueAt({ ...base, registrationCancelledAt: "2030-11-01T10:00:00.000Z" }).toISOString()).toBe("2030-11-08T10:00:00.000Z");
  });

  it("comes sooner for a cancelled event, but never later than the event's own date", () => {
    expect(erasureDueAt({ ...base, eventCancelledAt: "2030-11-20T00:00:00.000Z" }).toISOString()).toBe("2030-11-27T00:00:00.000Z");
    expect(erasureDueAt({ ...base, retentionDays: 1, registrationCancelledAt: "2030-12-03T19:00:00.000Z" }).toISOString()).toBe("2030-12-04T20:00:00.000Z");
  });
});
