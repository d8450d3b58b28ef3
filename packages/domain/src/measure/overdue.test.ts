import { describe, expect, it } from "vitest";
import { isMeasureOverdue } from "./overdue.js";

describe("isMeasureOverdue", () => {
  it("flags open measures whose due date has passed, and only those", () => {
    const today = "2027-03-01";
    expect(isMeasureOverdue({ dueOn: "2027-02-28", status: "in-progress" }, today)).toBe(true);
    expect(isMeasureOverdue({ dueOn: "2027-02-28", status: "delegated" }, today)).toBe(true);
    expect(isMeasureOverdue({ dueOn: "2027-03-01", status: "planned" }, today)).toBe(false);
    expect(isMeasureOverdue({ dueOn: "2027-02-28", status: "done" }, today)).toBe(false);
    expect(isMeasureOverdue({ dueOn: "2027-02-28", status: "dropped" }, today)).toBe(false);
    expect(isMeasureOverdue({ dueOn: null, status: "planned" }, today)).toBe(false);
  });
});
