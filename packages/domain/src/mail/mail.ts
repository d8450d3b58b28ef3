import * as z from "zod/mini";
import { localeSchema } from "../locale/locale.js";
import { id, instant } from "../shared/fields.js";

/** The e-mails a registrant can get; each is queued by the change that causes it. */
export const REGISTRANT_MAIL_KINDS = ["confirmation", "waitlisted", "promoted", "event-cancelled", "reminder"] as const;
export type RegistrantMailKind = (typeof REGISTRANT_MAIL_KINDS)[number];

/** The e-mails a staff account gets: each carries a one-time link and belongs to no event. */
export const STAFF_MAIL_KINDS = ["staff-invitation", "password-reset"] as const;
export type StaffMailKind = (typeof STAFF_MAIL_KINDS)[number];

export const MAIL_KINDS = [...REGISTRANT_MAIL_KINDS, ...STAFF_MAIL_KINDS] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export function isStaffMailKind(kind: MailKind): kind is StaffMailKind {
  return (STAFF_MAIL_KINDS as readonly MailKind[]).includes(kind);
}

/**
 * queued → sending (claimed with a lease) → sent. A failed attempt goes back to queued with a
 * later time until the attempts run out (failed). A message still unsent when its event is
 * over is expired: a confirmation that arrives after the event helps nobody; so is a staff
 * e-mail whose link has expired or was withdrawn.
 */
export const OUTBOX_STATUSES = ["queued", "sending", "sent", "failed", "expired"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** An outbox message as staff see it (personal data: reading it is audited). */
export const outboxMessageSchema = z.object({
  id,
  registrationId: z.nullable(z.string()),
  /** null for a staff e-mail (invitation, password reset). */
  eventId: z.nullable(id),
  kind: z.enum(MAIL_KINDS),
  locale: localeSchema,
  to: z.string(),
  subject: z.string(),
  /** The plain-text body as it is (or would be) sent; without SMTP this is how the demo shows mail. A staff e-mail's one-time link is blanked out. */
  text: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.int(),
  nextAttemptAt: instant,
  lastError: z.nullable(z.string()),
  createdAt: instant,
  sentAt: z.nullable(instant),
});
export type OutboxMessageView = z.infer<typeof outboxMessageSchema>;

export const outboxQuerySchema = z.object({
  status: z.optional(z.enum(OUTBOX_STATUSES)),
  eventId: z.optional(id),
});
