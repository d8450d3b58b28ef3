import type { Municipality } from "@kfd/domain";
import type { MunicipalityRow } from "./municipality.table.js";

export function toMunicipality(row: Pick<MunicipalityRow, "ags" | "name" | "kind" | "lat" | "lon">): Municipality {
  return { ags: row.ags, name: row.name, kind: row.kind, location: { lat: Number(row.lat), lon: Number(row.lon) } };
}
