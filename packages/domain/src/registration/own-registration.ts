import * as z from "zod/mini";
import { actorGroupSchema } from "../actor-group/actor-group.js";
import { EVENT_STATUSES } from "../event/event.js";
import { localeSchema } from "../locale/locale.js";
import { id, instant } from "../shared/fields.js";
import { childcareNeedSchema, REGISTRATION_STATUSES } from "./registration.js";

/**
 * What a registrant sees of their own registration through the link in their e-mail
 * (Art. 15 DSGVO): everything stored about them, and when it will be erased.
 */
export const ownRegistrationSchema = z.object({
  id,
  status: z.enum(REGISTRATION_STATUSES),
  /** null once erased. */
  name: z.nullable(z.string()),
  email: z.nullable(z.string()),
  actorGroup: z.nullable(actorGroupSchema),
  language: localeSchema,
  interpreting: z.nullable(z.string()),
  childcare: z.nullable(childcareNeedSchema),
  accessibilityNeeds: z.nullable(z.string()),
  consentVersion: z.string(),
  consentedAt: instant,
  waitlistPosition: z.nullable(z.int()),
  createdAt: instant,
  cancelledAt: z.nullable(instant),
  personalDataErasedAt: z.nullable(instant),
  /** When the personal data will be erased automatically (null once erased). */
  erasureDueAt: z.nullable(instant),
  event: z.object({
    id,
    title: z.string(),
    startsAt: instant,
    endsAt: instant,
    status: z.enum(EVENT_STATUSES),
    dialogueTitle: z.string(),
    municipalityName: z.string(),
  }),
});
export type OwnRegistration = z.infer<typeof ownRegistrationSchema>;

export const erasureReceiptSchema = z.object({
  id,
  status: z.literal("cancelled"),
  personalDataErasedAt: instant,
  /** People moved up from the waitlist into the freed seat. */
  promoted: z.int(),
});
export type ErasureReceipt = z.infer<typeof erasureReceiptSchema>;

/** Days after cancelling until a cancelled registration's personal data is erased (if not configured otherwise). */
export const DEFAULT_CANCELLED_RETENTION_DAYS = 7;

const DAY_MS = 86_400_000;

/**
 * When a registration's personal data falls due for erasure: `retentionDays` after its event
 * ends, sooner for a cancelled registration or a cancelled event — whichever comes first.
 */
export function erasureDueAt(input: {
  eventEndsAt: string;
  retentionDays: number;
  cancelledRetentionDays: number;
  registrationCancelledAt: string | null;
  eventCancelledAt: string | null;
}): Date {
  const candidates = [Date.parse(input.eventEndsAt) + input.retentionDays * DAY_MS];
  for (const cancelledAt of [input.registrationCancelledAt, input.eventCancelledAt]) {
    if (cancelledAt !== null) candidates.push(Date.parse(cancelledAt) + input.cancelledRetentionDays * DAY_MS);
  }
  return new Date(Math.min(...candidates));
}
