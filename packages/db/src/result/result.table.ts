import type { ResultKind } from "@kfd/domain";
import type { ColumnType, Selectable } from "kysely";

export interface ResultTable {
  id: string;
  dialogue_id: string;
  event_id: string | null;
  kind: ResultKind;
  topic: string | null;
  text: string;
  position: number;
  created_at: ColumnType<string, string, never>;
}

export type ResultRow = Selectable<ResultTable>;
