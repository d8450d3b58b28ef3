import type { ColumnType, Selectable } from "kysely";

export interface WorkingGroupTable {
  id: string;
  dialogue_id: string;
  name: string;
  description: string;
  contact_email: string | null;
  position: number;
  created_at: ColumnType<string, string, never>;
}

export type WorkingGroupRow = Selectable<WorkingGroupTable>;
