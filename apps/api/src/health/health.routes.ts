import { healthSchema } from "../openapi/schema-catalogue.js";
import { ProblemException } from "../problem/problem-exception.js";
import type { AppServices } from "../services.js";

export function registerHealthRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "get",
      path: "/health",
      operationId: "health",
      tag: "Service",
      summary: "Liveness and database reachability",
      access: "public",
      responses: { 200: { description: "The server and its database answer.", schema: healthSchema } },
      problems: [503],
    },
    async (c) => {
      try {
        await s.db.kysely.selectNoFrom((eb) => eb.lit(1).as("one")).execute();
      } catch (err) {
        throw new ProblemException({ status: 503, code: "internal_error", title: "Database unreachable", detail: `The database does not answer (${err instanceof Error ? err.name : "error"}).` });
      }
      c.header("Cache-Control", "no-store");
      return c.json({ status: "ok" as const, database: s.db.dialect });
    },
  );
}
