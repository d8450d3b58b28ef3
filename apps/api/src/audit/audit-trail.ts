import { writeAudit } from "@kfd/db";
import type { AuditAction, Principal } from "@kfd/domain";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.js";
import type { AppServices } from "../services.js";

export function actorOf(principal: Principal): { tokenId: string; label: string } {
  return { tokenId: principal.tokenId, label: principal.label };
}

/**
 * Writes an audit entry after a staff read of personal data has been answered 200. Mounted in
 * front of routes other modules own, so that no such route can forget it.
 */
export function auditTrail(s: AppServices, method: string, entry: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => { action: AuditAction; eventId?: string; registrationId?: string; detail?: string }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const principal = c.get("principal");
    if (c.req.method !== method || c.res.status !== 200 || !principal) return;
    await writeAudit(s.db, { actor: actorOf(principal), ...entry(c) }, s.now());
  };
}

/** The registration list (JSON view or CSV export) and the attendance change, which answers the registration. */
export function mountRegistrationAudit(s: AppServices): void {
  s.app.use(
    "/v1/events/:id/registrations",
    auditTrail(s, "GET", (c) => {
      const csv = (c.res.headers.get("content-type") ?? "").startsWith("text/csv");
      return { action: csv ? "export-registrations" : "list-registrations", eventId: c.req.param("id") ?? "", detail: csv ? "csv" : "json" };
    }),
  );
  s.app.use(
    "/v1/registrations/:id/attendance",
    auditTrail(s, "POST", (c) => ({ action: "set-attendance", registrationId: c.req.param("id") ?? "" })),
  );
}
