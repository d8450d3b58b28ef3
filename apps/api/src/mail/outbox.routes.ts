import { findPublicEvent, listOutbox, writeAudit } from "@kfd/db";
import { outboxQuerySchema, type OutboxMessageView, type PublicEvent } from "@kfd/domain";
import { actorOf } from "../audit/audit-trail.js";
import { principalOf } from "../auth/principal-of.js";
import { outboxListSchema } from "../openapi/schema-catalogue.js";
import type { AppServices } from "../services.js";
import { renderMail } from "./render-mail.js";


export function registerOutboxRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "get",
      path: "/v1/outbox",
      operationId: "listOutbox",
      tag: "Privacy",
      summary: "E-mails to registrants, queued and sent (staff)",
      description: [
        "Newest first, at most 200, each rendered as the registrant gets it. Without SMTP_URL (the demo) nothing is sent and this is where the e-mails can be read — including the registrant's personal link, so treat it like the registration list.",
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
      const views: OutboxMessageView[] = [];
      for (const m of messages) {
        if (!events.has(m.eventId)) events.set(m.eventId, await findPublicEvent(s.db, m.eventId));
        const event = events.get(m.eventId);
        const rendered = event ? renderMail(m, event, { publicUrl: s.config.publicUrl, now: s.now() }) : undefined;
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
