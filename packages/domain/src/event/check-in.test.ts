import { describe, expect, it } from "vitest";
import type { Registration } from "../registration/registration.js";
import { toCheckInList } from "./check-in.js";

let n = 0;
function registration(r: Partial<Registration>): Registration {
  n += 1;
  return {
    id: `r${n}`,
    eventId: "e1",
    status: "confirmed",
    name: `Person ${n}`,
    email: `p${n}@example.org`,
    actorGroup: null,
    language: "de",
    interpreting: null,
    childcare: null,
    accessibilityNeeds: null,
    consentVersion: "2026-11",
    consentedAt: "2026-11-21T10:00:00.000Z",
    waitlistPosition: null,
    attended: false,
    createdAt: "2026-11-21T10:00:00.000Z",
    cancelledAt: null,
    personalDataErasedAt: null,
    ...r,
  };
}

describe("toCheckInList", () => {
  it("orders confirmed people by name the German way, then the waitlist in order, without cancelled or erased ones", () => {
    const list = toCheckInList([
      registration({ name: "Özdemir, Ayşe", interpreting: "tr" }),
      registration({ name: "Weber, Anna", status: "waitlisted", waitlistPosition: 2 }),
      registration({ name: "Ahmadi, Karim", childcare: { children: 2 } }),
      registration({ name: "Zeller, Tom", status: "cancelled" }),
      registration({ name: "Bauer, Eva", status: "waitlisted", waitlistPosition: 1 }),
      registration({ name: "", status: "confirmed", personalDataErasedAt: "2026-12-01T10:00:00.000Z" }),
      registration({ name: "Ober, Max", attended: true }),
    ]);
    expect(list.map((e) => e.name)).toEqual(["Ahmadi, Karim", "Ober, Max", "Özdemir, Ayşe", "Bauer, Eva", "Weber, Anna"]);
    expect(list[0]).toMatchObject({ children: 2, status: "confirmed", attended: false });
    expect(list[1]).toMatchObject({ attended: true });
    expect(list[2]).toMatchObject({ interpreting: "tr" });
    expect(JSON.stringify(list)).not.toContain("@example.org");
  });
});
