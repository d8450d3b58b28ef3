import * as z from "zod/mini";
import { actorGroupSchema } from "../actor-group/actor-group.js";
import { languageCode, localeSchema } from "../locale/locale.js";
import { email, id, instant, longText, text } from "../shared/fields.js";

export const REGISTRATION_STATUSES = ["confirmed", "waitlisted", "cancelled"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** The version of the consent text the form shows; bumped whenever the wording changes. */
export const CURRENT_CONSENT_VERSION = "2026-11";

export const childcareNeedSchema = z.object({
  children: z.int().check(z.gte(1, "must be at least 1"), z.lte(20)),
  ages: z.optional(longText(100)),
});

/**
 * What a person sends to register. Only name, e-mail and consent are required: everything
 * else is asked for so the town can plan interpreters, childcare and access, and is optional.
 */
export const registrationInputSchema = z.object({
  name: text(120),
  email,
  consent: z.literal(true, "must be given (true) to register"),
  consentVersion: z._default(text(40), CURRENT_CONSENT_VERSION),
  actorGroup: z.optional(actorGroupSchema),
  language: z._default(localeSchema, "de"),
  interpreting: z.optional(languageCode),
  childcare: z.optional(childcareNeedSchema),
  accessibilityNeeds: z.optional(longText(1000)),
  /** Honeypot: people never see it, form-filling bots do. */
  website: z.optional(z.string().check(z.maxLength(500))),
});
export type RegistrationInput = z.input<typeof registrationInputSchema>;
export type RegistrationData = z.infer<typeof registrationInputSchema>;

/** A registration as staff see it (admin routes only). */
export const registrationSchema = z.object({
  id,
  eventId: id,
  status: z.enum(REGISTRATION_STATUSES),
  name: z.string(),
  email: z.string(),
  actorGroup: z.nullable(actorGroupSchema),
  language: localeSchema,
  interpreting: z.nullable(z.string()),
  childcare: z.nullable(childcareNeedSchema),
  accessibilityNeeds: z.nullable(z.string()),
  consentVersion: z.string(),
  consentedAt: instant,
  waitlistPosition: z.nullable(z.int()),
  attended: z.boolean(),
  createdAt: instant,
  cancelledAt: z.nullable(instant),
  /** Set once name, e-mail and free texts are erased (on request or by the retention job); the counts stay. */
  personalDataErasedAt: z.nullable(instant),
});
export type Registration = z.infer<typeof registrationSchema>;

/** What the registrant gets back: the only time the cancel token is shown. */
export const registrationReceiptSchema = z.object({
  id,
  status: z.enum(["confirmed", "waitlisted"]),
  cancelToken: z.string(),
  waitlistPosition: z.nullable(z.int()),
});
export type RegistrationReceipt = z.infer<typeof registrationReceiptSchema>;

export const cancellationReceiptSchema = z.object({
  id,
  status: z.literal("cancelled"),
  promoted: z.int(),
});
export type CancellationReceipt = z.infer<typeof cancellationReceiptSchema>;
