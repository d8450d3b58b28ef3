import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { KfdDatabase } from "../database.js";

/**
 * A cheap change stamp for read-model caching (ETag): it changes whenever the dialogue, its
 * municipality, events (seat counts included, via `revision`), results, working groups or
 * measures change. Counts sit beside the timestamps because a test clock may repeat a time.
 */
export async function dialogueVersion(db: KfdDatabase, idOrSlug: string): Promise<string | undefined> {
  const row = await db.kysely
    .selectFrom("dialogues as d")
    .innerJoin("municipalities as m", "m.ags", "d.municipality_ags")
    .select([
      "d.id",
      "d.updated_at",
      "m.updated_at as municipality_updated_at",
      sql<string>`(select coalesce(max(updated_at), '') || '/' || count(*) || '/' || coalesce(sum(revision), 0) from events where dialogue_id = d.id)`.as("events"),
      sql<string>`(select count(*) || '' from results where dialogue_id = d.id)`.as("results"),
      sql<string>`(select count(*) || '' from working_groups where dialogue_id = d.id)`.as("working_groups"),
      sql<string>`(select coalesce(max(updated_at), '') || '/' || count(*) from measures where dialogue_id = d.id)`.as("measures"),
    ])
    .where((eb) => eb.or([eb("d.id", "=", idOrSlug), eb("d.slug", "=", idOrSlug)]))
    .executeTakeFirst();
  if (!row) return undefined;
  const stamp = [row.id, row.updated_at, row.municipality_updated_at, row.events, row.results, row.working_groups, row.measures].join("|");
  return createHash("sha256").update(stamp).digest("base64url").slice(0, 22);
}
