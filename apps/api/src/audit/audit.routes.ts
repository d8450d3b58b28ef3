import { listAuditLog } from "@kfd/db";
import { auditLogQuerySchema } from "@kfd/domain";
import { assertStateAdmin } from "../auth/access.js";
import { principalOf } from "../auth/principal-of.js";
import { auditLogSchema } from "../openapi/schema-catalogue.js";
import type { AppServices } from "../services.js";


export function registerAuditRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "get",
      path: "/v1/audit-log",
      operationId: "listAuditLog",
      tag: "Privacy",
      summary: "Who viewed, exported or erased personal data (state admins only)",
      description:
        "Newest first. Every staff list, CSV export or attendance change of registrations, every look at the outbox, every erasure on request and by the retention job. Entries name the token, the event or registration and the time — never the personal data.",
      access: "admin",
      query: auditLogQuerySchema,
      responses: { 200: { description: "The entries.", schema: auditLogSchema } },
      problems: [403],
    },
    async (c, { query }) => {
      assertStateAdmin(principalOf(c));
      const entries = await listAuditLog(s.db, {
        ...(query.eventId ? { eventId: query.eventId } : {}),
        ...(query.action ? { action: query.action } : {}),
        ...(query.before ? { before: query.before } : {}),
        ...(query.limit !== undefined ? { limit: query.limit } : {}),
      });
      return c.json(entries, 200, { "Cache-Control": "no-store" });
    },
  );
}
