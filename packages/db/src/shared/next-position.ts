import { sql, type RawBuilder } from "kysely";

/**
 * The next position within a dialogue, computed in the INSERT itself: lists keep the order
 * things were added even when a test clock gives them the same timestamp.
 */
export function nextPosition(table: "events" | "results" | "working_groups" | "measures", dialogueId: string): RawBuilder<number> {
  return sql<number>`(select coalesce(max(position), 0) + 1 from ${sql.table(table)} where dialogue_id = ${dialogueId})`;
}
