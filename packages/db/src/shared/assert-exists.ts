import type { KfdDatabase } from "../database.js";
import { NotFoundError } from "./errors.js";

export async function assertDialogueExists(db: KfdDatabase, dialogueId: string): Promise<void> {
  const found = await db.kysely.selectFrom("dialogues").select("id").where("id", "=", dialogueId).executeTakeFirst();
  if (!found) throw new NotFoundError("dialogue", dialogueId);
}

/** A reference to another dialogue's event or result would leak across dialogues; it counts as not found. */
export async function assertBelongsToDialogue(db: KfdDatabase, table: "events" | "results" | "working_groups", id: string, dialogueId: string): Promise<void> {
  const found = await db.kysely.selectFrom(table).select("id").where("id", "=", id).where("dialogue_id", "=", dialogueId).executeTakeFirst();
  if (!found) throw new NotFoundError(table === "events" ? "event" : table === "results" ? "result" : "working group", id);
}
