import type { ChecklistSource, TemplateMethod } from "@kfd/domain";
import type { ColumnType, Selectable } from "kysely";

export interface DialoguePreparationTable {
  dialogue_id: string;
  /** JSON Analysis */
  analysis: string;
  template_method: TemplateMethod | null;
  updated_at: string;
}

export interface ChecklistItemTable {
  id: string;
  dialogue_id: string;
  position: number;
  text: string;
  done: number;
  done_at: string | null;
  source: ChecklistSource;
  template_key: string | null;
  created_at: ColumnType<string, string, never>;
}

export interface MilestoneTable {
  id: string;
  dialogue_id: string;
  position: number;
  title: string;
  due_on: string | null;
  done: number;
  done_at: string | null;
  created_at: ColumnType<string, string, never>;
}

export type ChecklistItemRow = Selectable<ChecklistItemTable>;
export type MilestoneRow = Selectable<MilestoneTable>;
