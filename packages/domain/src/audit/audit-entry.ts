import * as z from "zod/mini";
import { id, instant } from "../shared/fields.js";

/** What was done with personal data, and who reset a staff password; an entry never holds the data itself. */
export const AUDIT_ACTIONS = [
  "list-registrations",
  "export-registrations",
  "view-registration",
  "set-attendance",
  "erase-registration",
  "view-outbox",
  "self-service-erase",
  "retention-erase",
  "view-check-in-list",
  "password-reset",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditEntrySchema = z.object({
  id,
  at: instant,
  /** The API token's id ("bootstrap" for KFD_ADMIN_TOKEN), "registrant" or "retention-job". */
  actorTokenId: z.string(),
  actorLabel: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  eventId: z.nullable(z.string()),
  registrationId: z.nullable(z.string()),
  /** E.g. how many registrations a list held, or the export format. */
  detail: z.nullable(z.string()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditLogQuerySchema = z.object({
  eventId: z.optional(id),
  action: z.optional(z.enum(AUDIT_ACTIONS)),
  /** Entries before this instant (paging backwards). */
  before: z.optional(instant),
  limit: z.optional(z.pipe(z.string().check(z.regex(/^\d{1,4}$/, "must be a whole number")), z.transform(Number))),
});
export type AuditLogQuery = z.infer<typeof auditLogQuerySchema>;
