import type { Kysely } from "kysely";
import type { Database } from "../database.js";

/** Dialogues with their municipality: every read of a dialogue needs both. */
export function selectDialogues(kysely: Kysely<Database>) {
  return kysely
    .selectFrom("dialogues as d")
    .innerJoin("municipalities as m", "m.ags", "d.municipality_ags")
    .selectAll("d")
    .select(["m.name as municipality_name", "m.kind as municipality_kind", "m.lat as municipality_lat", "m.lon as municipality_lon"]);
}
