import { MEASURE_STATUSES, type Measure, type MeasureStatus } from "./measure.js";

export interface MeasureProgressSummary {
  total: number;
  byStatus: Record<MeasureStatus, number>;
  /** Mean progress (0–100, rounded) of the measures still pursued: dropped ones do not drag it down. */
  overallProgress: number;
  overdue: number;
}

export function isOverdue(measure: Pick<Measure, "status" | "dueOn">, today: string): boolean {
  return measure.dueOn !== null && measure.dueOn < today && (measure.status === "planned" || measure.status === "in-progress" || measure.status === "delegated");
}

export function summarizeMeasures(measures: readonly Pick<Measure, "status" | "progress" | "dueOn">[], today: string): MeasureProgressSummary {
  const byStatus = Object.fromEntries(MEASURE_STATUSES.map((s) => [s, 0])) as Record<MeasureStatus, number>;
  let pursued = 0;
  let progressSum = 0;
  let overdue = 0;
  for (const m of measures) {
    byStatus[m.status] += 1;
    if (m.status !== "dropped") {
      pursued += 1;
      progressSum += m.status === "done" ? 100 : m.progress;
    }
    if (isOverdue(m, today)) overdue += 1;
  }
  return { total: measures.length, byStatus, overallProgress: pursued === 0 ? 0 : Math.round(progressSum / pursued), overdue };
}

/** The status a progress change implies, so that 100 % and "done" never disagree. */
export function reconcileStatus(status: MeasureStatus, progress: number): { status: MeasureStatus; progress: number } {
  if (status === "done") return { status, progress: 100 };
  if (progress === 100 && (status === "planned" || status === "in-progress")) return { status: "done", progress };
  if (progress > 0 && status === "planned") return { status: "in-progress", progress };
  return { status, progress };
}
