import { toMapFeature, type MapFeatureCollection } from "@kfd/domain";
import type { KfdDatabase } from "../database.js";
import { listDialogues } from "../dialogue/dialogue.repository.js";

/** Published dialogues as GeoJSON points; sensitive places collapse to the municipality (toMapFeature). */
export async function listMapFeatures(db: KfdDatabase): Promise<MapFeatureCollection> {
  const dialogues = await listDialogues(db, { publishedOnly: true });
  return { type: "FeatureCollection", features: dialogues.map(toMapFeature) };
}
