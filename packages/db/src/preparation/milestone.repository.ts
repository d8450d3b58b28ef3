import type { Milestone } from "@kfd/domain";
import type { KfdDatabase } from "../database.js";
import { assertDialogueExists } from "../shared/assert-exists.js";
import { toFlag } from "../shared/columns.js";
import { nextItemPosition } from "./next-item-position.js";
import { toMilestone } from "./preparation.mapper.js";

/** In the order of their dates; undated ones last, in the order they were added. */
export async function listMilestones(db: KfdDatabase, dialogueId: string): Promise<Milestone[]> {
  const rows = await db.kysely.selectFrom("milestones").selectAll().where("dialogue_id", "=", dialogueId).orderBy("position").execute();
  return rows.map(toMilestone).sort((a, b) => (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999") || a.position - b.position);
}

export async function findMilestone(db: KfdDatabase, id: string): Promise<Milestone | undefined> {
  const row = await db.kysely.selectFrom("milestones").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toMilestone(row);
}

export async function createMilestone(db: KfdDatabase, dialogueId: string, input: { title: string; dueOn?: string | undefined }, now: Date): Promise<Milestone> {
  await assertDialogueExists(db, dialogueId);
  const row = await db.kysely
    .insertInto("milestones")
    .values({
      id: crypto.randomUUID(),
      dialogue_id: dialogueId,
      position: nextItemPosition("milestones", dialogueId),
      title: input.title,
      due_on: input.dueOn ?? null,
      done: 0,
      done_at: null,
      created_at: now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toMilestone(row);
}

export async function updateMilestone(
  db: KfdDatabase,
  id: string,
  patch: { title?: string | undefined; dueOn?: string | null | undefined; done?: boolean | undefined },
  now: Date,
): Promise<Milestone | undefined> {
  const row = await db.kysely
    .updateTable("milestones")
    .set({
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.dueOn !== undefined ? { due_on: patch.dueOn } : {}),
      ...(patch.done !== undefined ? { done: toFlag(patch.done), done_at: patch.done ? now.toISOString() : null } : {}),
    })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirst();
  return row && toMilestone(row);
}

export async function deleteMilestone(db: KfdDatabase, id: string): Promise<boolean> {
  const result = await db.kysely.deleteFrom("milestones").where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
