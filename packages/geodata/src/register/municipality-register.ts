import type { Municipality, MunicipalityKind } from "@kfd/domain";
import register from "../../data/bw-municipalities.json" with { type: "json" };

/** One entry of the municipality register: a Gemeinde or Stadt (8-digit AGS) or a Landkreis (5-digit AGS). */
export interface MunicipalityRecord {
  readonly ags: string;
  readonly name: string;
  readonly kind: MunicipalityKind;
  /** A point inside the area (pole of inaccessibility), WGS84, four decimals. */
  readonly lat: number;
  readonly lon: number;
}

const bundled = register as readonly MunicipalityRecord[];
const indexes = new WeakMap<readonly MunicipalityRecord[], ReadonlyMap<string, MunicipalityRecord>>();

/** The committed register of Baden-Württemberg, sorted by AGS. */
export function loadMunicipalityRegister(): readonly MunicipalityRecord[] {
  return bundled;
}

export function findMunicipalityByAgs(
  ags: string,
  records: readonly MunicipalityRecord[] = bundled,
): MunicipalityRecord | undefined {
  let index = indexes.get(records);
  if (!index) {
    index = new Map(records.map((record) => [record.ags, record]));
    indexes.set(records, index);
  }
  return index.get(ags);
}

/** The 5-digit AGS of the Kreis an AGS belongs to: Gemeinden carry it as their first five digits. */
export function kreisAgsOf(ags: string): string {
  return ags.slice(0, 5);
}

export function toMunicipality({ ags, name, kind, lat, lon }: MunicipalityRecord): Municipality {
  return { ags, name, kind, location: { lat, lon } };
}
