import type { CreateWorkingGroupInput, WorkingGroup } from "@kfd/domain";
import type { KfdDatabase } from "../database.js";
import { assertDialogueExists } from "../shared/assert-exists.js";
import { definedOnly } from "../shared/columns.js";
import { nextPosition } from "../shared/next-position.js";
import type { WorkingGroupRow } from "./working-group.table.js";

function toWorkingGroup(row: WorkingGroupRow): WorkingGroup {
  return definedOnly({
    id: row.id,
    dialogueId: row.dialogue_id,
    name: row.name,
    description: row.description,
    contactEmail: row.contact_email ?? undefined,
    createdAt: row.created_at,
  }) as WorkingGroup;
}

export async function createWorkingGroup(db: KfdDatabase, dialogueId: string, input: CreateWorkingGroupInput, now: Date): Promise<WorkingGroup> {
  await assertDialogueExists(db, dialogueId);
  const row = await db.kysely
    .insertInto("working_groups")
    .values({
      id: crypto.randomUUID(),
      dialogue_id: dialogueId,
      name: input.name,
      description: input.description ?? "",
      contact_email: input.contactEmail ?? null,
      position: nextPosition("working_groups", dialogueId),
      created_at: now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toWorkingGroup(row);
}

export async function listWorkingGroups(db: KfdDatabase, dialogueId: string): Promise<WorkingGroup[]> {
  const rows = await db.kysely.selectFrom("working_groups").selectAll().where("dialogue_id", "=", dialogueId).orderBy("position").execute();
  return rows.map(toWorkingGroup);
}
