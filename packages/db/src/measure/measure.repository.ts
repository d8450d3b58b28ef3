import { reconcileStatus, type CreateMeasureInput, type Measure, type Responsible, type UpdateMeasureInput } from "@kfd/domain";
import type { Kysely } from "kysely";
import { inWriteTransaction } from "../connection/write-transaction.js";
import type { Database, KfdDatabase } from "../database.js";
import { assertBelongsToDialogue, assertDialogueExists } from "../shared/assert-exists.js";
import { toJson } from "../shared/columns.js";
import { nextPosition } from "../shared/next-position.js";
import { toMeasure } from "./measure.mapper.js";
import type { MeasureHistoryRow } from "./measure.table.js";

/** The reason recorded with the first history entry of every measure. */
export const MEASURE_CREATED_REASON = "angelegt";

async function assertReferencesBelong(db: KfdDatabase, dialogueId: string, input: { responsible?: Responsible | null | undefined; resultId?: string | undefined }): Promise<void> {
  if (input.responsible?.kind === "working-group") await assertBelongsToDialogue(db, "working_groups", input.responsible.workingGroupId, dialogueId);
  if (input.resultId) await assertBelongsToDialogue(db, "results", input.resultId, dialogueId);
}

export async function createMeasure(db: KfdDatabase, dialogueId: string, input: CreateMeasureInput, now: Date): Promise<Measure> {
  await assertDialogueExists(db, dialogueId);
  await assertReferencesBelong(db, dialogueId, input);
  const { status, progress } = reconcileStatus(input.status ?? "planned", input.progress ?? 0);
  const id = crypto.randomUUID();
  const at = now.toISOString();
  await inWriteTransaction(db, async (trx) => {
    await trx
      .insertInto("measures")
      .values({
        id,
        dialogue_id: dialogueId,
        title: input.title,
        description: input.description ?? "",
        topic: input.topic ?? null,
        responsible: input.responsible ? toJson(input.responsible) : null,
        status,
        progress,
        due_on: input.dueOn ?? null,
        result_id: input.resultId ?? null,
        position: nextPosition("measures", dialogueId),
        created_at: at,
        updated_at: at,
      })
      .execute();
    await trx.insertInto("measure_history").values({ measure_id: id, seq: 1, at, status, progress, reason: MEASURE_CREATED_REASON }).execute();
  });
  return (await findMeasure(db, id))!;
}

/** Applies the change and appends it to the history, with its reason; status and progress are kept consistent. */
export async function updateMeasure(db: KfdDatabase, id: string, input: UpdateMeasureInput, now: Date): Promise<Measure | undefined> {
  const current = await db.kysely.selectFrom("measures").select("dialogue_id").where("id", "=", id).executeTakeFirst();
  if (!current) return undefined;
  await assertReferencesBelong(db, current.dialogue_id, input);
  await inWriteTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom("measures")
      .selectAll()
      .where("id", "=", id)
      .$if(db.dialect === "postgres", (qb) => qb.forUpdate())
      .executeTakeFirstOrThrow();
    const { status, progress } = reconcileStatus(input.status ?? row.status, input.progress ?? Number(row.progress));
    const at = now.toISOString();
    await trx
      .updateTable("measures")
      .set({
        title: input.title ?? row.title,
        description: input.description ?? row.description,
        // null clears topic, owner and due date; leaving one out keeps it.
        topic: input.topic === undefined ? row.topic : input.topic,
        responsible: input.responsible === undefined ? row.responsible : input.responsible && toJson(input.responsible),
        status,
        progress,
        due_on: input.dueOn === undefined ? row.due_on : input.dueOn,
        updated_at: at,
      })
      .where("id", "=", id)
      .execute();
    const last = await trx.selectFrom("measure_history").select((eb) => eb.fn.max("seq").as("seq")).where("measure_id", "=", id).executeTakeFirstOrThrow();
    await trx
      .insertInto("measure_history")
      .values({ measure_id: id, seq: Number(last.seq ?? 0) + 1, at, status, progress, reason: input.reason })
      .execute();
  });
  return findMeasure(db, id);
}

export async function findMeasure(db: KfdDatabase, id: string): Promise<Measure | undefined> {
  const row = await db.kysely.selectFrom("measures").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return undefined;
  const history = await db.kysely.selectFrom("measure_history").selectAll().where("measure_id", "=", id).orderBy("seq").execute();
  return toMeasure(row, history);
}

export async function listMeasures(db: KfdDatabase, dialogueId: string): Promise<Measure[]> {
  const rows = await db.kysely.selectFrom("measures").selectAll().where("dialogue_id", "=", dialogueId).orderBy("position").execute();
  const history = await historyOfDialogue(db.kysely, dialogueId);
  return rows.map((row) => toMeasure(row, history.get(row.id) ?? []));
}

async function historyOfDialogue(kysely: Kysely<Database>, dialogueId: string): Promise<Map<string, MeasureHistoryRow[]>> {
  const rows = await kysely
    .selectFrom("measure_history as h")
    .innerJoin("measures as m", "m.id", "h.measure_id")
    .selectAll("h")
    .where("m.dialogue_id", "=", dialogueId)
    .orderBy("h.measure_id")
    .orderBy("h.seq")
    .execute();
  const byMeasure = new Map<string, MeasureHistoryRow[]>();
  for (const row of rows) byMeasure.set(row.measure_id, [...(byMeasure.get(row.measure_id) ?? []), row]);
  return byMeasure;
}
