import { describe, expect, it } from "vitest";
import type { Registration } from "../registration/registration.js";
import { eventNeedsSchema, summariseNeeds } from "./event-needs.js";

type Counted = Pick<Registration, "status" | "interpreting" | "childcare" | "accessibilityNeeds" | "actorGroup">;
const person = (r: Partial<Counted> = {}): Counted => ({ status: "confirmed", interpreting: null, childcare: null, accessibilityNeeds: null, actorGroup: null, ...r });

describe("summariseNeeds", () => {
  const event = { id: "e1", capacity: 40, interpretingLanguages: ["ar"] };

  it("sums interpreting per language, children and access needs, confirmed apart from waitlisted", () => {
    const needs = summariseNeeds(event, [
      person({ interpreting: "ar", childcare: { children: 2 }, actorGroup: "gefluechtete" }),
      person({ interpreting: "ar", actorGroup: "gefluechtete" }),
      person({ interpreting: "ti", status: "waitlisted", childcare: { children: 3, ages: "2, 4, 7" }, actorGroup: "gefluechtete" }),
      person({ accessibilityNeeds: "Rollstuhl", actorGroup: "buergerschaft" }),
      person({ accessibilityNeeds: "  " }),
      person({ status: "cancelled", interpreting: "fa", childcare: { children: 5 } }),
    ]);
    expect(eventNeedsSchema.safeParse(needs).success).toBe(true);
    expect(needs.registrations).toEqual({ confirmed: 4, waitlisted: 1 });
    expect(needs.interpreting).toEqual([
      { language: "ar", confirmed: 2, waitlisted: 0 },
      { language: "ti", confirmed: 0, waitlisted: 1 },
    ]);
    expect(needs.childcare).toEqual({ registrations: { confirmed: 1, waitlisted: 1 }, children: { confirmed: 2, waitlisted: 3 } });
    expect(needs.accessibility).toEqual({ confirmed: 1, waitlisted: 0 });
    expect(needs.byActorGroup).toEqual([
      { actorGroup: "gefluechtete", confirmed: 2, waitlisted: 1 },
      { actorGroup: "buergerschaft", confirmed: 1, waitlisted: 0 },
      { actorGroup: null, confirmed: 1, waitlisted: 0 },
    ]);
    expect(needs.uncoveredInterpreting).toEqual(["ti"]);
  });

  it("never carries a name, an e-mail or the text of an access need", () => {
    const needs = summariseNeeds(event, [person({ accessibilityNeeds: "Gehörlos, bitte Gebärdensprache" })]);
    expect(JSON.stringify(needs)).not.toContain("Gebärdensprache");
  });
});
