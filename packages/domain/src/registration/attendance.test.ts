import { describe, expect, it } from "vitest";
import { attendanceInputSchema } from "./attendance.js";

describe("attendanceInputSchema", () => {
  it("takes a boolean and nothing else", () => {
    expect(attendanceInputSchema.parse({ attended: true })).toEqual({ attended: true });
    expect(attendanceInputSchema.safeParse({ attended: "yes" }).success).toBe(false);
  });
});
