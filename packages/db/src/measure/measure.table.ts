import type { MeasureStatus } from "@kfd/domain";
import type { ColumnType, Selectable } from "kysely";

export interface MeasureTable {
  id: string;
  dialogue_id: string;
  title: string;
  description: string;
  topic: string | null;
  /** JSON Responsible | null */
  responsible: string | null;
  status: MeasureStatus;
  progress: number;
  due_on: string | null;
  result_id: string | null;
  position: number;
  created_at: ColumnType<string, string, never>;
  updated_at: string;
}

/** Append-only: the catalogue must show how a measure got where it is. */
export interface MeasureHistoryTable {
  measure_id: string;
  seq: number;
  at: string;
  status: MeasureStatus;
  progress: number;
  reason: string;
}

export type MeasureRow = Selectable<MeasureTable>;
export type MeasureHistoryRow = Selectable<MeasureHistoryTable>;
