import * as z from "zod/mini";
import { ACTOR_GROUPS, type ActorGroup } from "../actor-group/actor-groups.js";
import { languageCode } from "../locale/locale.js";
import { httpsUrl, id, instant, longText, text, withoutDefaults } from "../shared/fields.js";

export const EVENT_FORMATS = ["in-person", "online", "hybrid"] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

export const EVENT_STATUSES = ["scheduled", "cancelled"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];


export const venueSchema = z.object({
  name: text(160),
  address: z._default(longText(300), ""),
});

export const accessibilitySchema = z.object({
  stepFree: z._default(z.boolean(), false),
  accessibleToilet: z._default(z.boolean(), false),
  hearingLoop: z._default(z.boolean(), false),
  notes: z._default(longText(1000), ""),
});
export type Accessibility = z.infer<typeof accessibilitySchema>;

/**
 * Seats held back for an actor group until its members take them, so that e.g. refugees
 * are not crowded out by the first hundred quick clicks of the Bürgerschaft.
 */
export const quotasSchema = z.partialRecord(z.enum(ACTOR_GROUPS), z.int().check(z.gte(1)));
export type Quotas = Partial<Record<ActorGroup, number>>;

const eventFieldsObject = z.object({
  title: text(200),
  description: z._default(longText(4000), ""),
  startsAt: instant,
  endsAt: instant,
  venue: z.optional(venueSchema),
  format: z._default(z.enum(EVENT_FORMATS), "in-person"),
  onlineUrl: z.optional(httpsUrl),
  capacity: z.int("must be a whole number").check(z.gte(1, "must be at least 1"), z.lte(100_000, "must be at most 100000")),
  waitlist: z._default(z.boolean(), true),
  registrationOpensAt: z.optional(instant),
  registrationClosesAt: z.optional(instant),
  languages: z._default(z.array(languageCode).check(z.maxLength(20)), ["de"]),
  interpretingLanguages: z._default(z.array(languageCode).check(z.maxLength(20)), []),
  childcare: z._default(z.boolean(), false),
  accessibility: z.prefault(accessibilitySchema, {}),
  quotas: z._default(quotasSchema, {}),
});

type EventFieldsShape = z.infer<typeof eventFieldsObject>;

/** Cross-field rules an event must satisfy whatever way it was written. */
export function eventFieldProblems(e: Partial<EventFieldsShape>): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (e.startsAt && e.endsAt && Date.parse(e.endsAt) <= Date.parse(e.startsAt)) {
    problems.push({ path: "endsAt", message: "must be after startsAt" });
  }
  if (e.registrationOpensAt && e.registrationClosesAt && Date.parse(e.registrationClosesAt) <= Date.parse(e.registrationOpensAt)) {
    problems.push({ path: "registrationClosesAt", message: "must be after registrationOpensAt" });
  }
  if (e.quotas && e.capacity !== undefined) {
    const held = Object.values(e.quotas).reduce((sum, n) => sum + (n ?? 0), 0);
    if (held > e.capacity) problems.push({ path: "quotas", message: `reserve ${held} seats but the event has only ${e.capacity}` });
  }
  return problems;
}

function withEventRules<T extends z.ZodMiniType<Partial<EventFieldsShape>>>(schema: T): T {
  return schema.check(
    z.superRefine((value, ctx) => {
      for (const p of eventFieldProblems(value)) ctx.addIssue({ code: "custom", path: [p.path], message: p.message, input: value });
    }),
  ) as T;
}

export const createEventSchema = withEventRules(eventFieldsObject);
export type CreateEventInput = z.input<typeof createEventSchema>;
export type EventFields = z.infer<typeof createEventSchema>;

export const updateEventSchema = withEventRules(z.partial(z.strictObject(withoutDefaults(eventFieldsObject.shape))));
export type UpdateEventInput = z.input<typeof updateEventSchema>;

export const cancelEventSchema = z.object({ reason: z._default(longText(1000), "") });

export const eventSchema = z.extend(eventFieldsObject, {
  id,
  dialogueId: id,
  status: z.enum(EVENT_STATUSES),
  cancelledReason: z.nullable(z.string()),
  createdAt: instant,
  updatedAt: instant,
});
export type Event = z.infer<typeof eventSchema>;

/** An event as anyone may read it: with live seat figures, without any registrant. */
export const publicEventSchema = z.extend(eventSchema, {
  dialogueSlug: z.string(),
  dialogueTitle: z.string(),
  municipalityName: z.string(),
  confirmedCount: z.int(),
  seatsLeft: z.int(),
  waitlistCount: z.int(),
});
export type PublicEvent = z.infer<typeof publicEventSchema>;
