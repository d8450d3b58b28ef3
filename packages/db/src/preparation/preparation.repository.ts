import { mergeAnalysis, methodTemplate, type Analysis, type ActorGroup, type Preparation, type TemplateMethod } from "@kfd/domain";
import { inWriteTransaction } from "../connection/write-transaction.js";
import type { KfdDatabase } from "../database.js";
import { assertDialogueExists } from "../shared/assert-exists.js";
import { fromJson, toJson } from "../shared/columns.js";
import { listChecklist } from "./checklist.repository.js";
import { listMilestones } from "./milestone.repository.js";
import { nextItemPosition } from "./next-item-position.js";

/** The Vorbereitung of a dialogue: analysis, template, checklist, plan and actors; undefined for an unknown dialogue. */
export async function loadPreparation(db: KfdDatabase, dialogueId: string): Promise<Preparation | undefined> {
  const dialogue = await db.kysely.selectFrom("dialogues").select(["id", "actors"]).where("id", "=", dialogueId).executeTakeFirst();
  if (!dialogue) return undefined;
  const prep = await db.kysely.selectFrom("dialogue_preparations").selectAll().where("dialogue_id", "=", dialogueId).executeTakeFirst();
  return {
    dialogueId,
    analysis: prep ? fromJson<Analysis>(prep.analysis) : {},
    templateMethod: prep?.template_method ?? null,
    checklist: await listChecklist(db, dialogueId),
    milestones: await listMilestones(db, dialogueId),
    actors: fromJson<ActorGroup[]>(dialogue.actors),
    updatedAt: prep?.updated_at ?? null,
  };
}

/** Merges the sent answers into the stored ones in one write transaction, so two editors' answers to different questions both survive. */
export async function updateAnalysis(db: KfdDatabase, dialogueId: string, patch: Analysis, now: Date): Promise<Preparation> {
  await assertDialogueExists(db, dialogueId);
  const at = now.toISOString();
  await inWriteTransaction(db, async (trx) => {
    const query = trx.selectFrom("dialogue_preparations").select("analysis").where("dialogue_id", "=", dialogueId);
    const stored = await (db.dialect === "postgres" ? query.forUpdate() : query).executeTakeFirst();
    const analysis = toJson(mergeAnalysis(stored ? fromJson<Analysis>(stored.analysis) : {}, patch));
    await trx
      .insertInto("dialogue_preparations")
      .values({ dialogue_id: dialogueId, analysis, template_method: null, updated_at: at })
      .onConflict((oc) => oc.column("dialogue_id").doUpdateSet({ analysis, updated_at: at }))
      .execute();
  });
  return (await loadPreparation(db, dialogueId))!;
}

/**
 * Applies a method template: the dialogue takes the method, and the template's checklist is
 * copied in. Items copied before (same template key) are kept as they are, ticks included,
 * so that switching templates or applying one twice never loses work.
 */
export async function applyMethodTemplate(db: KfdDatabase, dialogueId: string, method: TemplateMethod, now: Date): Promise<Preparation> {
  await assertDialogueExists(db, dialogueId);
  const at = now.toISOString();
  const template = methodTemplate(method);
  await inWriteTransaction(db, async (trx) => {
    await trx.updateTable("dialogues").set({ method, updated_at: at }).where("id", "=", dialogueId).execute();
    await trx
      .insertInto("dialogue_preparations")
      .values({ dialogue_id: dialogueId, analysis: "{}", template_method: method, updated_at: at })
      .onConflict((oc) => oc.column("dialogue_id").doUpdateSet({ template_method: method, updated_at: at }))
      .execute();
    for (const item of template.checklist) {
      await trx
        .insertInto("checklist_items")
        .values({
          id: crypto.randomUUID(),
          dialogue_id: dialogueId,
          position: nextItemPosition("checklist_items", dialogueId),
          text: item.text,
          done: 0,
          done_at: null,
          source: "template",
          template_key: item.key,
          created_at: at,
        })
        .onConflict((oc) => oc.columns(["dialogue_id", "template_key"]).doNothing())
        .execute();
    }
  });
  return (await loadPreparation(db, dialogueId))!;
}
