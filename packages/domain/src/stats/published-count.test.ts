import { describe, expect, it } from "vitest";
import { BELOW_THRESHOLD, publishBreakdown, publishCount, SUPPRESSED } from "./published-count.js";

describe("publishCount", () => {
  it("shows 0 and counts from the threshold on, and '< 5' for 1 to 4", () => {
    expect([0, 1, 4, 5, 120].map((n) => publishCount(n))).toEqual([0, BELOW_THRESHOLD, BELOW_THRESHOLD, 5, 120]);
    expect(BELOW_THRESHOLD).toBe("< 5");
  });
});

describe("publishBreakdown", () => {
  it("keeps a breakdown without small cells as it is", () => {
    expect(publishBreakdown({ a: 12, b: 7, c: 0 })).toEqual({ a: 12, b: 7, c: 0 });
  });

  it("hides a single small cell and the smallest other cell, so the total does not give it away", () => {
    const published = publishBreakdown({ a: 40, b: 3, c: 9, d: 0 });
    expect(published).toEqual({ a: 40, b: BELOW_THRESHOLD, c: SUPPRESSED, d: 0 });
  });

  it("needs no second hidden cell when two or more are small already", () => {
    expect(publishBreakdown({ a: 40, b: 3, c: 2 })).toEqual({ a: 40, b: BELOW_THRESHOLD, c: BELOW_THRESHOLD });
  });

  it("cannot hide a second cell when there is none", () => {
    expect(publishBreakdown({ only: 2 })).toEqual({ only: BELOW_THRESHOLD });
  });
});
