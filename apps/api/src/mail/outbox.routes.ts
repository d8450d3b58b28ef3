import { findPublicEvent, listOutbox, writeAudit, type OutboxMessage } from "@kfd/db";
import { isStaffMailKind, outboxQuerySchema, type OutboxMessageView, type PublicEvent } from "@kfd/domain";
import { actorOf } from "../audit/audit-trail.js";
import { principalOf } from "../auth/principal-of.js";
import { outboxListSchema } from "../openapi/schema-catalogue.js";
import type { AppServices } from "../services.js";
import { renderMail, type RenderedMail } from "./render-mail.js";
import { renderStaffMail } from "./render-staff-mail.js";

export function registerOutboxRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "get",
      path: "/v1/outbox",
      operationId: "listOutbox",
      tag: "Privacy",
      summary: "E-mails to registrants and staff, queued and sent (staff)",
      description: [
        "Newest first, at most 200, each rendered as the recipient gets it. Without SMTP_URL (the demo) nothing is sent and this is where the e-mails can be read — including the registrant's personal link, so treat it like the registration list.",
        "E-mails to staff (invitations, password resets; `eventId` null) are listed for state-admins only, and their one-time link is blanked out: whoever reads the outbox must not be able to take over an account.",
        "A municipality editor sees the messages of its own municipalities' events. Every call is written to the audit log.",
      ].join("\n\n"),
      access: "admin",
      query: outboxQuerySchema,
      responses: { 200: { description: "The messages.", schema: outboxListSchema } },
      problems: [403],
    },
    async (c, { query }) => {
      const principal = principalOf(c);
      const messages = await listOutbox(s.db, {
        ...(query.status ? { status: query.status } : {}),
        ...(query.eventId ? { eventId: query.eventId } : {}),
        ...(principal.role === "state-admin" ? {} : { municipalityAgs: principal.municipalityAgs }),
      });
      const events = new Map<string, PublicEvent | undefined>();
      const render = async (m: OutboxMessage): Promise<RenderedMail | undefined> => {
        const kind = m.kind;
        if (isStaffMailKind(kind)) return renderStaffMail(kind, m, { publicUrl: s.config.publicUrl, redact: true });
        if (m.eventId === null) return undefined;
        if (!events.has(m.eventId)) events.set(m.eventId, await findPublicEvent(s.db, m.eventId));
        const event = events.get(m.eventId);
        return event && renderMail(kind, m, event, { publicUrl: s.config.publicUrl, now: s.now() });
      };
      const views: OutboxMessageView[] = [];
      for (const m of messages) {
        const rendered = await render(m);
        views.push({
          id: m.id,
          registrationId: m.registrationId,
          eventId: m.eventId,
          kind: m.kind,
          locale: m.locale,
          to: `${m.recipientName} <${m.recipientEmail}>`,
          subject: rendered?.subject ?? "",
          text: rendered?.text ?? "",
          status: m.status,
          attempts: m.attempts,
          nextAttemptAt: m.nextAttemptAt,
          lastError: m.lastError,
          createdAt: m.createdAt,
          sentAt: m.sentAt,
        });
      }
      await writeAudit(s.db, { actor: actorOf(principal), action: "view-outbox", eventId: query.eventId ?? null, detail: `${views.length} messages` }, s.now());
      return c.json(views, 200, { "Cache-Control": "no-store" });
    },
  );
}
