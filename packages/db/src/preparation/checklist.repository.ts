import type { ChecklistItem } from "@kfd/domain";
import type { KfdDatabase } from "../database.js";
import { assertDialogueExists } from "../shared/assert-exists.js";
import { toFlag } from "../shared/columns.js";
import { nextItemPosition } from "./next-item-position.js";
import { toChecklistItem } from "./preparation.mapper.js";

export async function listChecklist(db: KfdDatabase, dialogueId: string): Promise<ChecklistItem[]> {
  const rows = await db.kysely.selectFrom("checklist_items").selectAll().where("dialogue_id", "=", dialogueId).orderBy("position").orderBy("id").execute();
  return rows.map(toChecklistItem);
}

export async function findChecklistItem(db: KfdDatabase, id: string): Promise<ChecklistItem | undefined> {
  const row = await db.kysely.selectFrom("checklist_items").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toChecklistItem(row);
}

export async function addChecklistItem(db: KfdDatabase, dialogueId: string, text: string, now: Date): Promise<ChecklistItem> {
  await assertDialogueExists(db, dialogueId);
  const row = await db.kysely
    .insertInto("checklist_items")
    .values({
      id: crypto.randomUUID(),
      dialogue_id: dialogueId,
      position: nextItemPosition("checklist_items", dialogueId),
      text,
      done: 0,
      done_at: null,
      source: "own",
      template_key: null,
      created_at: now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toChecklistItem(row);
}

/** Ticking keeps the time it was ticked; unticking clears it. */
export async function updateChecklistItem(db: KfdDatabase, id: string, patch: { text?: string | undefined; done?: boolean | undefined }, now: Date): Promise<ChecklistItem | undefined> {
  const row = await db.kysely
    .updateTable("checklist_items")
    .set({
      ...(patch.text !== undefined ? { text: patch.text } : {}),
      ...(patch.done !== undefined ? { done: toFlag(patch.done), done_at: patch.done ? now.toISOString() : null } : {}),
    })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirst();
  return row && toChecklistItem(row);
}

export async function deleteChecklistItem(db: KfdDatabase, id: string): Promise<boolean> {
  const result = await db.kysely.deleteFrom("checklist_items").where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
