import { describe, expect, it } from "vitest";
import { toFieldErrors } from "../problem/problem.js";
import { createEventSchema, updateEventSchema } from "./event.js";

const minimal = { title: "Dialogabend", startsAt: "2026-12-03T18:00:00+01:00", endsAt: "2026-12-03T21:00:00+01:00", capacity: 40, waitlist: true };

describe("createEventSchema", () => {
  it("accepts the minimal public-contract body and defaults the rest", () => {
    const e = createEventSchema.parse(minimal);
    expect(e.format).toBe("in-person");
    expect(e.languages).toEqual(["de"]);
    expect(e.quotas).toEqual({});
    expect(e.accessibility.stepFree).toBe(false);
  });
  it("names the field when the end is before the start", () => {
    const r = createEventSchema.safeParse({ ...minimal, endsAt: "2026-12-03T17:00:00+01:00" });
    expect(r.success).toBe(false);
    expect(toFieldErrors(r.error!.issues)).toContainEqual({ path: "endsAt", message: "must be after startsAt" });
  });
  it("refuses quotas that reserve more seats than exist", () => {
    const r = createEventSchema.safeParse({ ...minimal, capacity: 5, quotas: { gefluechtete: 4, ehrenamt: 2 } });
    expect(toFieldErrors(r.error!.issues).map((e) => e.path)).toContain("quotas");
  });
  it("refuses a capacity that is not a positive whole number", () => {
    for (const capacity of [0, -1, 2.5, "10"]) {
      const r = createEventSchema.safeParse({ ...minimal, capacity });
      expect(toFieldErrors(r.error!.issues).map((e) => e.path)).toContain("capacity");
    }
  });
  it("refuses times without an offset, which would be ambiguous across the DST change", () => {
    const r = createEventSchema.safeParse({ ...minimal, startsAt: "2026-12-03T18:00:00" });
    expect(toFieldErrors(r.error!.issues).map((e) => e.path)).toContain("startsAt");
  });
});

describe("updateEventSchema", () => {
  it("accepts a partial change", () => {
    expect(updateEventSchema.parse({ capacity: 60 })).toEqual({ capacity: 60 });
  });
});

describe("updateEventSchema leaves unsent fields alone", () => {
  it("does not fill in creation defaults", () => {
    const patch = updateEventSchema.parse({ title: "Neuer Titel" });
    expect(Object.keys(patch)).toEqual(["title"]);
  });
});
