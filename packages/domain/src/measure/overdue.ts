import type { Measure } from "./measure.js";

/** A measure is overdue when its date has passed and it is still open; `today` is YYYY-MM-DD (Berlin). */
export function isMeasureOverdue(m: Pick<Measure, "dueOn" | "status">, today: string): boolean {
  return m.dueOn !== null && m.dueOn < today && (m.status === "planned" || m.status === "in-progress" || m.status === "delegated");
}
