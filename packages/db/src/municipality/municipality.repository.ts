import type { Municipality } from "@kfd/domain";
import { inWriteTransaction } from "../connection/write-transaction.js";
import type { KfdDatabase } from "../database.js";
import { UnknownMunicipalityError } from "../shared/errors.js";
import { fromJson, toJson } from "../shared/columns.js";
import { toMunicipality } from "./municipality.mapper.js";

const UPSERT_BATCH = 200;

/** Loads or refreshes the municipality register; embed origins set by staff are kept. */
export async function upsertMunicipalities(db: KfdDatabase, list: readonly Municipality[], now: Date = new Date()): Promise<void> {
  if (list.length === 0) return;
  const updatedAt = now.toISOString();
  await inWriteTransaction(db, async (trx) => {
    // Batched: the register of Baden-Württemberg alone has over a thousand Gemeinden.
    for (let i = 0; i < list.length; i += UPSERT_BATCH) {
      await trx
        .insertInto("municipalities")
        .values(list.slice(i, i + UPSERT_BATCH).map((m) => ({ ags: m.ags, name: m.name, kind: m.kind, lat: m.location.lat, lon: m.location.lon, updated_at: updatedAt })))
        .onConflict((oc) =>
          oc.column("ags").doUpdateSet((eb) => ({
            name: eb.ref("excluded.name"),
            kind: eb.ref("excluded.kind"),
            lat: eb.ref("excluded.lat"),
            lon: eb.ref("excluded.lon"),
            updated_at: eb.ref("excluded.updated_at"),
          })),
        )
        .execute();
    }
  });
}

export async function findMunicipality(db: KfdDatabase, ags: string): Promise<Municipality | undefined> {
  const row = await db.kysely.selectFrom("municipalities").select(["ags", "name", "kind", "lat", "lon"]).where("ags", "=", ags).executeTakeFirst();
  return row && toMunicipality(row);
}

export async function listMunicipalities(db: KfdDatabase): Promise<Municipality[]> {
  const rows = await db.kysely.selectFrom("municipalities").select(["ags", "name", "kind", "lat", "lon"]).orderBy("name").orderBy("ags").execute();
  return rows.map(toMunicipality);
}

export async function setEmbedOrigins(db: KfdDatabase, ags: string, origins: readonly string[], now: Date = new Date()): Promise<void> {
  const result = await db.kysely
    .updateTable("municipalities")
    .set({ embed_origins: toJson([...new Set(origins)]), updated_at: now.toISOString() })
    .where("ags", "=", ags)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new UnknownMunicipalityError(ags);
}

export async function findEmbedOrigins(db: KfdDatabase, ags: string): Promise<string[]> {
  const row = await db.kysely.selectFrom("municipalities").select("embed_origins").where("ags", "=", ags).executeTakeFirst();
  return row ? fromJson<string[]>(row.embed_origins) : [];
}
