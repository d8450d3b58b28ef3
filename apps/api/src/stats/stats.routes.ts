import { loadProgrammeStats } from "@kfd/db";
import { programmeStatsSchema, SMALL_COUNT_THRESHOLD } from "@kfd/domain";
import * as z from "zod/mini";
import type { AppServices } from "../services.js";
import { berlinDate } from "../time/berlin-time.js";
import { programmeStatsCsv } from "./stats-csv.js";

const statsQuery = z.object({ format: z.optional(z.enum(["json", "csv"])) });

export function registerStatsRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "get",
      path: "/v1/stats",
      operationId: "getStats",
      tag: "Statistics",
      summary: "The programme's reach across all municipalities (aggregated, open data)",
      description: [
        "Published dialogues by kind of municipality, phase, topic and year; participants by actor group, language and needs; measures by status and overall progress; events and seats.",
        `Counts of people below ${SMALL_COUNT_THRESHOLD} are published as "< ${SMALL_COUNT_THRESHOLD}"; where that would leave a single hidden cell that the total gives away, the next smallest cell is published as "suppressed".`,
        "`?format=csv` (or `Accept: text/csv`) gives the same figures as CSV rows section,key,value under the same suppression.",
      ].join("\n\n"),
      access: "public",
      query: statsQuery,
      responses: { 200: { description: "The figures.", schema: programmeStatsSchema, alsoAs: ["text/csv"] } },
    },
    async (c, { query }) => {
      const now = s.now();
      const stats = await loadProgrammeStats(s.db, now, berlinDate(now));
      const wantsCsv = query.format === "csv" || (query.format === undefined && /\btext\/csv\b/i.test(c.req.header("accept") ?? ""));
      const cache = { "Cache-Control": "public, max-age=300" };
      if (!wantsCsv) return c.json(stats, 200, cache);
      return c.body(programmeStatsCsv(stats), 200, {
        ...cache,
        "Content-Type": "text/csv; charset=utf-8; header=present",
        "Content-Disposition": `attachment; filename="kfd-statistik-${berlinDate(now)}.csv"`,
      });
    },
  );
}
