import { describe, expect, it } from "vitest";
import { localInstant } from "./local-time.js";

describe("localInstant", () => {
  it("uses the winter offset in winter and the summer offset in summer", () => {
    expect(localInstant(new Date("2026-01-10T09:00:00Z"), 0, "18:00")).toBe("2026-01-10T18:00:00+01:00");
    expect(localInstant(new Date("2026-07-10T09:00:00Z"), 0, "18:00")).toBe("2026-07-10T18:00:00+02:00");
  });

  it("counts days on the local calendar, across a change of clocks", () => {
    // 2026-03-29 is the night the clocks go forward in Europe/Berlin.
    const start = localInstant(new Date("2026-03-20T10:00:00Z"), 21, "18:00");
    expect(start).toBe("2026-04-10T18:00:00+02:00");
    expect(Date.parse(start)).toBe(Date.parse("2026-04-10T16:00:00Z"));
  });

  it("takes the local day, not the UTC day, late in the evening", () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Berlin.
    expect(localInstant(new Date("2026-12-31T23:30:00Z"), 0, "10:00")).toBe("2027-01-01T10:00:00+01:00");
  });
});
