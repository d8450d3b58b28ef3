import { programmeStatsRows, type ProgrammeStats } from "@kfd/domain";
import { csvCell } from "../registration/registrations-csv.js";

/** Open data: one row per figure, UTF-8 with BOM, comma-separated (RFC 4180), suppression marks kept. */
export function programmeStatsCsv(stats: ProgrammeStats): string {
  const lines = ["section,key,value", ...programmeStatsRows(stats).map((r) => [r.section, r.key, r.value].map(csvCell).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
