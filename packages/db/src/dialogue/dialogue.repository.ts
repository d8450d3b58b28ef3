import type { Dialogue, DialogueFields, DialogueQuery, Phase, UpdateDialogueInput } from "@kfd/domain";
import { sql } from "kysely";
import { inWriteTransaction } from "../connection/write-transaction.js";
import type { KfdDatabase } from "../database.js";
import { toFlag } from "../shared/columns.js";
import { SlugTakenError, UnknownMunicipalityError } from "../shared/errors.js";
import { isUniqueViolation } from "../shared/unique-violation.js";
import { fieldsOf, toDialogue, toDialogueColumns } from "./dialogue.mapper.js";
import { selectDialogues } from "./dialogue.query.js";

export async function createDialogue(db: KfdDatabase, fields: DialogueFields & { slug: string }, now: Date): Promise<Dialogue> {
  const municipality = await db.kysely.selectFrom("municipalities").select("name").where("ags", "=", fields.municipalityAgs).executeTakeFirst();
  if (!municipality) throw new UnknownMunicipalityError(fields.municipalityAgs);
  const id = crypto.randomUUID();
  const at = now.toISOString();
  try {
    await db.kysely
      .insertInto("dialogues")
      .values({ id, slug: fields.slug, ...toDialogueColumns(fields, municipality.name), published: 0, published_at: null, created_at: at, updated_at: at })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw new SlugTakenError(fields.slug);
    throw error;
  }
  return (await findDialogue(db, id))!;
}

export async function findDialogue(db: KfdDatabase, idOrSlug: string): Promise<Dialogue | undefined> {
  const row = await selectDialogues(db.kysely)
    .where((eb) => eb.or([eb("d.id", "=", idOrSlug), eb("d.slug", "=", idOrSlug)]))
    .executeTakeFirst();
  return row && toDialogue(row);
}

/** Merges the sent fields into the stored ones; unsent fields stay as they are. */
export async function updateDialogue(db: KfdDatabase, id: string, patch: UpdateDialogueInput, now: Date): Promise<Dialogue | undefined> {
  const updated = await inWriteTransaction(db, async (trx) => {
    const row = await selectDialogues(trx).where("d.id", "=", id).executeTakeFirst();
    if (!row) return false;
    const sent = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const fields = { ...fieldsOf(toDialogue(row)), ...sent } as DialogueFields;
    const municipality = await trx.selectFrom("municipalities").select("name").where("ags", "=", fields.municipalityAgs).executeTakeFirst();
    if (!municipality) throw new UnknownMunicipalityError(fields.municipalityAgs);
    await trx
      .updateTable("dialogues")
      .set({ ...toDialogueColumns(fields, municipality.name), updated_at: now.toISOString() })
      .where("id", "=", id)
      .execute();
    return true;
  });
  return updated ? findDialogue(db, id) : undefined;
}

/** A raw setter: whether the step is allowed (canTransition) is the caller's decision. */
export async function setDialoguePhase(db: KfdDatabase, id: string, phase: Phase, now: Date): Promise<Dialogue | undefined> {
  await db.kysely.updateTable("dialogues").set({ phase, updated_at: now.toISOString() }).where("id", "=", id).execute();
  return findDialogue(db, id);
}

export async function setDialoguePublished(db: KfdDatabase, id: string, published: boolean, now: Date): Promise<Dialogue | undefined> {
  const at = now.toISOString();
  await db.kysely
    .updateTable("dialogues")
    .set((eb) => ({
      published: toFlag(published),
      // Re-publishing an already published dialogue keeps its original date.
      published_at: published ? eb.fn.coalesce("published_at", sql.val(at)) : null,
      updated_at: at,
    }))
    .where("id", "=", id)
    .execute();
  return findDialogue(db, id);
}

export interface ListDialoguesOptions extends DialogueQuery {
  publishedOnly: boolean;
  /** Restricts the list to these municipalities (an editor's token); an empty list matches nothing. */
  municipalityAgs?: readonly string[];
}

export async function listDialogues(db: KfdDatabase, query: ListDialoguesOptions): Promise<Dialogue[]> {
  if (query.municipalityAgs && query.municipalityAgs.length === 0) return [];
  const rows = await selectDialogues(db.kysely)
    .$if(query.publishedOnly, (qb) => qb.where("d.published", "=", 1))
    .$if(query.municipalityAgs !== undefined, (qb) => qb.where("d.municipality_ags", "in", query.municipalityAgs!))
    .$if(!!query.phase, (qb) => qb.where("d.phase", "=", query.phase!))
    .$if(!!query.kind, (qb) => qb.where("m.kind", "=", query.kind!))
    .$if(!!query.topic, (qb) => qb.where("d.topic_slugs", "like", `%|${query.topic}|%`))
    .$if(!!query.q, (qb) => qb.where(sql<boolean>`d.search_text like ${likePattern(query.q!)} escape '\\'`))
    .orderBy("d.created_at", "desc")
    .orderBy("d.slug")
    .execute();
  return rows.map(toDialogue);
}

function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
