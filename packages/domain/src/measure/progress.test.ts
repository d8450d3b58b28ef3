import { describe, expect, it } from "vitest";
import { isOverdue, reconcileStatus, summarizeMeasures } from "./progress.js";

const today = "2026-11-21";

describe("summarizeMeasures", () => {
  it("counts by status and averages the progress of measures still pursued", () => {
    const s = summarizeMeasures(
      [
        { status: "done", progress: 100, dueOn: null },
        { status: "in-progress", progress: 50, dueOn: null },
        { status: "planned", progress: 0, dueOn: null },
        { status: "dropped", progress: 10, dueOn: null },
      ],
      today,
    );
    expect(s.total).toBe(4);
    expect(s.byStatus).toEqual({ planned: 1, "in-progress": 1, done: 1, dropped: 1, delegated: 0 });
    expect(s.overallProgress).toBe(50);
  });
  it("reports 0 % for an empty catalogue rather than NaN", () => {
    expect(summarizeMeasures([], today).overallProgress).toBe(0);
  });
  it("counts open measures past their due date as overdue", () => {
    const s = summarizeMeasures(
      [
        { status: "in-progress", progress: 20, dueOn: "2026-11-01" },
        { status: "done", progress: 100, dueOn: "2026-11-01" },
        { status: "planned", progress: 0, dueOn: "2027-01-01" },
      ],
      today,
    );
    expect(s.overdue).toBe(1);
  });
});

describe("isOverdue", () => {
  it("is false without a due date and for finished or dropped measures", () => {
    expect(isOverdue({ status: "planned", dueOn: null }, today)).toBe(false);
    expect(isOverdue({ status: "dropped", dueOn: "2020-01-01" }, today)).toBe(false);
    expect(isOverdue({ status: "delegated", dueOn: "2020-01-01" }, today)).toBe(true);
  });
});

describe("reconcileStatus", () => {
  it("makes done mean 100 % and 100 % mean done", () => {
    expect(reconcileStatus("done", 40)).toEqual({ status: "done", progress: 100 });
    expect(reconcileStatus("in-progress", 100)).toEqual({ status: "done", progress: 100 });
  });
  it("starts a planned measure once it makes progress", () => {
    expect(reconcileStatus("planned", 10)).toEqual({ status: "in-progress", progress: 10 });
  });
  it("leaves consistent states alone", () => {
    expect(reconcileStatus("dropped", 30)).toEqual({ status: "dropped", progress: 30 });
    expect(reconcileStatus("planned", 0)).toEqual({ status: "planned", progress: 0 });
  });
});
