import { describe, expect, it } from "vitest";
import { shadeOf, stepsFor } from "./choropleth.js";

describe("choropleth steps", () => {
  it("divide 1…max into up to four equal steps after 'none'", () => {
    expect(stepsFor(12)).toEqual([
      { from: 0, to: 0, shade: 0 },
      { from: 1, to: 3, shade: 1 },
      { from: 4, to: 6, shade: 2 },
      { from: 7, to: 9, shade: 3 },
      { from: 10, to: 12, shade: 4 },
    ]);
    expect(stepsFor(2).map((s) => [s.from, s.to])).toEqual([[0, 0], [1, 1], [2, 2]]);
    expect(stepsFor(0)).toHaveLength(1);
  });

  it("shade each count by its step", () => {
    const steps = stepsFor(12);
    expect([0, 1, 3, 4, 9, 12].map((n) => shadeOf(n, steps))).toEqual([0, 1, 1, 2, 3, 4]);
  });
});
