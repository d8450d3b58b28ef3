import { describe, expect, it } from "vitest";
import { allowedNextPhases, canTransition, PHASES } from "./phase.js";

describe("phase transitions", () => {
  it("moves forward one step at a time", () => {
    expect(canTransition("preparation", "execution")).toBe(true);
    expect(canTransition("execution", "implementation")).toBe(true);
    expect(canTransition("implementation", "completed")).toBe(true);
  });
  it("allows one step back to correct a premature move", () => {
    expect(canTransition("implementation", "execution")).toBe(true);
    expect(canTransition("completed", "implementation")).toBe(true);
  });
  it("never skips a step or stays in place", () => {
    expect(canTransition("preparation", "implementation")).toBe(false);
    expect(canTransition("preparation", "completed")).toBe(false);
    expect(canTransition("completed", "preparation")).toBe(false);
    for (const p of PHASES) expect(canTransition(p, p)).toBe(false);
  });
  it("lists the allowed next phases", () => {
    expect(allowedNextPhases("preparation")).toEqual(["execution"]);
    expect(allowedNextPhases("execution")).toEqual(["preparation", "implementation"]);
  });
});
