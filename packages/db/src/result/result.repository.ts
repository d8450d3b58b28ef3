import type { CreateResultInput, Result } from "@kfd/domain";
import type { KfdDatabase } from "../database.js";
import { assertBelongsToDialogue, assertDialogueExists } from "../shared/assert-exists.js";
import { definedOnly } from "../shared/columns.js";
import { nextPosition } from "../shared/next-position.js";
import type { ResultRow } from "./result.table.js";

function toResult(row: ResultRow): Result {
  return definedOnly({
    id: row.id,
    dialogueId: row.dialogue_id,
    kind: row.kind,
    topic: row.topic ?? undefined,
    text: row.text,
    eventId: row.event_id ?? undefined,
    createdAt: row.created_at,
  }) as Result;
}

export async function createResult(db: KfdDatabase, dialogueId: string, input: CreateResultInput, now: Date): Promise<Result> {
  await assertDialogueExists(db, dialogueId);
  if (input.eventId) await assertBelongsToDialogue(db, "events", input.eventId, dialogueId);
  const row = await db.kysely
    .insertInto("results")
    .values({
      id: crypto.randomUUID(),
      dialogue_id: dialogueId,
      event_id: input.eventId ?? null,
      kind: input.kind,
      topic: input.topic ?? null,
      text: input.text,
      position: nextPosition("results", dialogueId),
      created_at: now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toResult(row);
}

export async function listResults(db: KfdDatabase, dialogueId: string): Promise<Result[]> {
  const rows = await db.kysely.selectFrom("results").selectAll().where("dialogue_id", "=", dialogueId).orderBy("position").execute();
  return rows.map(toResult);
}

export async function findResult(db: KfdDatabase, id: string): Promise<Result | undefined> {
  const row = await db.kysely.selectFrom("results").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toResult(row);
}
