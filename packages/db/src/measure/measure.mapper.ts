import type { Measure, MeasureChange, Responsible } from "@kfd/domain";
import { fromNullableJson } from "../shared/columns.js";
import type { MeasureHistoryRow, MeasureRow } from "./measure.table.js";

export function toMeasureChange(row: MeasureHistoryRow): MeasureChange {
  return { at: row.at, status: row.status, progress: Number(row.progress), reason: row.reason };
}

export function toMeasure(row: MeasureRow, history: readonly MeasureHistoryRow[]): Measure {
  return {
    id: row.id,
    dialogueId: row.dialogue_id,
    title: row.title,
    description: row.description,
    topic: row.topic,
    responsible: fromNullableJson<Responsible>(row.responsible) ?? null,
    status: row.status,
    progress: Number(row.progress),
    dueOn: row.due_on,
    resultId: row.result_id,
    history: history.map(toMeasureChange),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
