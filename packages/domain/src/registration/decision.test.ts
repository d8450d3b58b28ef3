import { describe, expect, it } from "vitest";
import { decideRegistration, hasSeatFor, promoteFromWaitlist, registrationWindowState, seatsLeft, type SeatCounts } from "./decision.js";

const now = new Date("2026-11-21T10:00:00Z");
const event = {
  status: "scheduled" as const,
  capacity: 3,
  waitlist: true,
  quotas: {},
  startsAt: "2026-12-03T18:00:00+01:00",
  endsAt: "2026-12-03T21:00:00+01:00",
  registrationOpensAt: undefined as string | undefined,
  registrationClosesAt: undefined as string | undefined,
};
const counts = (confirmed: number, confirmedByGroup: SeatCounts["confirmedByGroup"] = {}): SeatCounts => ({ confirmed, confirmedByGroup });

describe("decideRegistration", () => {
  it("confirms while seats are free", () => {
    expect(decideRegistration(event, counts(2), null, now)).toEqual({ outcome: "confirmed" });
  });
  it("waitlists when full and the event keeps a waitlist", () => {
    expect(decideRegistration(event, counts(3), null, now)).toEqual({ outcome: "waitlisted" });
  });
  it("refuses as full when there is no waitlist", () => {
    expect(decideRegistration({ ...event, waitlist: false }, counts(3), null, now)).toEqual({ outcome: "refused", reason: "full" });
  });
  it("refuses a cancelled event before anything else", () => {
    expect(decideRegistration({ ...event, status: "cancelled" }, counts(0), null, now)).toEqual({ outcome: "refused", reason: "cancelled" });
  });
  it("refuses before the window opens and after it closes", () => {
    expect(decideRegistration({ ...event, registrationOpensAt: "2026-11-22T00:00:00Z" }, counts(0), null, now)).toEqual({ outcome: "refused", reason: "not-open" });
    expect(decideRegistration({ ...event, registrationClosesAt: "2026-11-20T00:00:00Z" }, counts(0), null, now)).toEqual({ outcome: "refused", reason: "closed" });
  });
  it("closes registration when the event starts if no closing time is set", () => {
    expect(registrationWindowState(event, new Date("2026-12-03T17:00:00Z"))).toBe("closed");
    expect(registrationWindowState(event, new Date("2026-12-03T16:59:59Z"))).toBe("open");
  });
});

describe("quotas", () => {
  const quotaEvent = { ...event, capacity: 4, quotas: { gefluechtete: 2 } };
  it("holds seats for a group against everybody else", () => {
    expect(hasSeatFor(quotaEvent, counts(2), "buergerschaft")).toBe(false);
    expect(hasSeatFor(quotaEvent, counts(2), null)).toBe(false);
    expect(decideRegistration(quotaEvent, counts(2), "buergerschaft", now)).toEqual({ outcome: "waitlisted" });
  });
  it("lets the group itself take the held seats", () => {
    expect(hasSeatFor(quotaEvent, counts(2), "gefluechtete")).toBe(true);
    expect(hasSeatFor(quotaEvent, counts(3, { gefluechtete: 1 }), "gefluechtete")).toBe(true);
  });
  it("releases held seats once the group has filled its quota", () => {
    expect(hasSeatFor(quotaEvent, counts(3, { gefluechtete: 2 }), "buergerschaft")).toBe(true);
  });
  it("never confirms beyond capacity, quota or not", () => {
    expect(hasSeatFor(quotaEvent, counts(4, { gefluechtete: 2 }), "gefluechtete")).toBe(false);
  });
});

describe("promoteFromWaitlist", () => {
  it("promotes the first on the waitlist into a freed seat", () => {
    expect(promoteFromWaitlist(event, counts(2), [{ id: "a", actorGroup: null }, { id: "b", actorGroup: null }])).toEqual(["a"]);
  });
  it("promotes as many as there are free seats, in order", () => {
    expect(promoteFromWaitlist({ ...event, capacity: 5 }, counts(3), [{ id: "a", actorGroup: null }, { id: "b", actorGroup: null }, { id: "c", actorGroup: null }])).toEqual(["a", "b"]);
  });
  it("skips someone a quota blocks and promotes the group the seat is held for", () => {
    const quotaEvent = { ...event, capacity: 3, quotas: { gefluechtete: 1 } };
    const waitlist = [{ id: "citizen", actorGroup: "buergerschaft" as const }, { id: "refugee", actorGroup: "gefluechtete" as const }];
    expect(promoteFromWaitlist(quotaEvent, counts(2, { buergerschaft: 2 }), waitlist)).toEqual(["refugee"]);
  });
  it("promotes nobody when the event is still full", () => {
    expect(promoteFromWaitlist(event, counts(3), [{ id: "a", actorGroup: null }])).toEqual([]);
  });
});

describe("seatsLeft", () => {
  it("never goes below zero", () => {
    expect(seatsLeft({ capacity: 3 }, { confirmed: 5 })).toBe(0);
    expect(seatsLeft({ capacity: 3 }, { confirmed: 1 })).toBe(2);
  });
});
