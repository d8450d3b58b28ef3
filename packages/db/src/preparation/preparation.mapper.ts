import type { ChecklistItem, Milestone } from "@kfd/domain";
import { fromFlag } from "../shared/columns.js";
import type { ChecklistItemRow, MilestoneRow } from "./preparation.table.js";

export function toChecklistItem(row: ChecklistItemRow): ChecklistItem {
  return {
    id: row.id,
    dialogueId: row.dialogue_id,
    text: row.text,
    done: fromFlag(row.done),
    doneAt: row.done_at,
    source: row.source,
    templateKey: row.template_key,
    position: row.position,
  };
}

export function toMilestone(row: MilestoneRow): Milestone {
  return { id: row.id, dialogueId: row.dialogue_id, title: row.title, dueOn: row.due_on, done: fromFlag(row.done), doneAt: row.done_at, position: row.position };
}
