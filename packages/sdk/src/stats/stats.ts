import type { ProgrammeStats } from "@kfd/domain";
import type { ClientOptions, RequestOptions } from "../options.js";
import { request, urlOf } from "../request.js";

/** The programme's reach across all published dialogues; counts of people below the threshold come as "< 5". */
export function getStats(options: ClientOptions, call?: RequestOptions): Promise<ProgrammeStats> {
  return request(options, "/v1/stats", call);
}

/** The same figures as open data: CSV rows `section,key,value`, suppression marks kept. */
export function getStatsCsv(options: ClientOptions, call?: RequestOptions): Promise<string> {
  return request(options, "/v1/stats", { ...call, query: { format: "csv" }, accept: "text/csv" });
}

/** The address of the open-data download, for a link: `json` or `csv`. */
export function statsUrl(options: Pick<ClientOptions, "baseUrl">, format: "json" | "csv" = "json"): string {
  return urlOf(options, "/v1/stats", format === "csv" ? { format } : undefined);
}
