import type { MunicipalityKind } from "@kfd/domain";
import type { Generated, Selectable } from "kysely";

export interface MunicipalityTable {
  ags: string;
  name: string;
  kind: MunicipalityKind;
  lat: number;
  lon: number;
  /** JSON string[] of origins whose pages may POST registrations (CORS). */
  embed_origins: Generated<string>;
  updated_at: string;
}

export type MunicipalityRow = Selectable<MunicipalityTable>;
