import { sql, type RawBuilder } from "kysely";

/** The next position in a dialogue's checklist or plan, computed in the INSERT itself. */
export function nextItemPosition(table: "checklist_items" | "milestones", dialogueId: string): RawBuilder<number> {
  return sql<number>`(select coalesce(max(position), 0) + 1 from ${sql.table(table)} where dialogue_id = ${dialogueId})`;
}
