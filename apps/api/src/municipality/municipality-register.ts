import { listMunicipalities, upsertMunicipalities, type KfdDatabase } from "@kfd/db";
import { loadMunicipalityRegister, toMunicipality } from "@kfd/geodata";

/**
 * Puts every municipality of the register that the table lacks into it, so that any one can get
 * a dialogue. Rows already there are left alone (the demo names its Landkreise "Landkreis …"),
 * and a start with the register in place costs one read and no write.
 */
export async function ensureMunicipalityRegister(db: KfdDatabase, now: Date = new Date()): Promise<number> {
  const present = new Set((await listMunicipalities(db)).map((m) => m.ags));
  const missing = loadMunicipalityRegister()
    .filter((record) => !present.has(record.ags))
    .map(toMunicipality);
  await upsertMunicipalities(db, missing, now);
  return missing.length;
}
