import type { MunicipalitySummary } from "@kfd/domain";
import type { ClientOptions, RequestOptions } from "../options.js";
import { request } from "../request.js";

export interface MunicipalitySearch {
  /** A name or the start of an AGS; case and umlauts do not matter ("tubingen" finds Tübingen). Without it: all, alphabetically. */
  q?: string;
  /** At most this many answers (1–500, default 20). */
  limit?: number;
}

/** Staff: municipalities to hold a dialogue in, best match first; an editor finds only their own. */
export function searchMunicipalities(options: ClientOptions, search: MunicipalitySearch = {}, call?: RequestOptions): Promise<MunicipalitySummary[]> {
  return request(options, "/v1/municipalities", { ...call, query: { ...search } });
}
