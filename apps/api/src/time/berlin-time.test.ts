import { describe, expect, it } from "vitest";
import { berlinDate, berlinTime } from "./berlin-time.js";

describe("berlinTime", () => {
  it("applies winter time (UTC+1)", () => {
    expect(berlinTime(new Date("2026-12-03T17:00:00Z"))).toMatchObject({ day: "03", hour: "18", minute: "00" });
  });
  it("applies summer time (UTC+2)", () => {
    expect(berlinTime(new Date("2026-07-01T16:30:00Z"))).toMatchObject({ hour: "18", minute: "30" });
  });
  it("dates late evenings UTC to the next Berlin day", () => {
    expect(berlinDate(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });
});
