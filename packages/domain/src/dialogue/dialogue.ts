import * as z from "zod/mini";
import { actorGroupSchema } from "../actor-group/actor-group.js";
import { methodSchema } from "../method/method.js";
import { agsSchema, coordinatesSchema, municipalitySchema } from "../municipality/municipality.js";
import { calendarDate, email, euro, id, instant, longText, slug, text, withoutDefaults } from "../shared/fields.js";
import { topicSchema } from "../topic/topic.js";
import { phaseSchema } from "./phase.js";

/**
 * Contact is a role with a functional mailbox ("Integrationsbeauftragte, integration@…"),
 * never a private person: the Steckbrief is public and outlives any one office holder.
 */
export const contactSchema = z.object({
  role: text(120),
  organisation: z.optional(text(160)),
  email,
  phone: z.optional(z.string().check(z.regex(/^[+0-9 ()/-]{5,30}$/, "must be a phone number"))),
});
export type Contact = z.infer<typeof contactSchema>;

export const costsSchema = z.object({
  totalEuro: z.optional(euro),
  note: z.optional(longText(500)),
});
export const fundingSchema = z.object({
  source: text(200),
  amountEuro: z.optional(euro),
});

const participantCount = z.int().check(z.gte(0), z.lte(100_000));

/** Fields staff write; everything else (id, timestamps, publication) is the system's. */
export const dialogueFieldsSchema = z.object({
  title: text(200),
  municipalityAgs: agsSchema,
  phase: z._default(phaseSchema, "preparation"),
  occasion: z._default(longText(2000), ""),
  goals: z._default(longText(2000), ""),
  method: z._default(methodSchema, "world-cafe"),
  eventConcept: z._default(longText(2000), ""),
  topics: z._default(z.array(topicSchema).check(z.maxLength(20)), []),
  actors: z._default(z.array(actorGroupSchema), []),
  /** Organisation or role that facilitated (Berater/in), e.g. "Führungsakademie Baden-Württemberg". */
  facilitator: z._default(longText(200), ""),
  participantCount: z.optional(participantCount),
  heldOn: z.optional(calendarDate),
  resultsSummary: z._default(longText(4000), ""),
  recommendations: z._default(longText(4000), ""),
  costs: z.prefault(costsSchema, {}),
  funding: z._default(z.array(fundingSchema).check(z.maxLength(10)), []),
  contact: z.optional(contactSchema),
  /**
   * Where a dialogue concerns a sensitive place (e.g. refugee housing), the public map
   * shows only the municipality's point and never this one.
   */
  location: z.optional(coordinatesSchema),
  locationSensitive: z._default(z.boolean(), false),
  /** Days after an event ends before registrants' personal data is erased. */
  retentionDays: z._default(z.int().check(z.gte(1), z.lte(365)), 30),
  demo: z._default(z.boolean(), false),
});
export type DialogueFields = z.infer<typeof dialogueFieldsSchema>;
export type DialogueInput = z.input<typeof dialogueFieldsSchema>;

export const createDialogueSchema = z.extend(dialogueFieldsSchema, { slug: z.optional(slug) });
export type CreateDialogueInput = z.input<typeof createDialogueSchema>;

/**
 * Strict: the phase has its own route (transitions are checked), and a typo must not pass silently.
 * A field left out stays as it is; the optional ones can be removed again with null.
 */
export const updateDialogueSchema = z.partial(
  z.omit(
    z.strictObject({
      ...withoutDefaults(dialogueFieldsSchema.shape),
      participantCount: z.nullable(participantCount),
      heldOn: z.nullable(calendarDate),
      contact: z.nullable(contactSchema),
      location: z.nullable(coordinatesSchema),
    }),
    { phase: true },
  ),
);
export type UpdateDialogueInput = z.input<typeof updateDialogueSchema>;

export const phaseChangeSchema = z.object({ phase: phaseSchema });

export const dialogueSchema = z.extend(dialogueFieldsSchema, {
  id,
  slug,
  municipality: municipalitySchema,
  published: z.boolean(),
  publishedAt: z.nullable(instant),
  createdAt: instant,
  updatedAt: instant,
});
export type Dialogue = z.infer<typeof dialogueSchema>;

/** What any visitor may read of a dialogue: no internal notes, no retention settings, no precise sensitive place. */
export const publicDialogueSchema = z.omit(dialogueSchema, { retentionDays: true, location: true, locationSensitive: true });
export type PublicDialogue = z.infer<typeof publicDialogueSchema>;

export function toPublicDialogue(d: Dialogue): PublicDialogue {
  const { retentionDays: _r, location: _l, locationSensitive: _s, ...rest } = d;
  return rest;
}

export const dialogueQuerySchema = z.object({
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  topic: z.optional(slug),
  kind: z.optional(z.enum(["gemeinde", "stadt", "landkreis"])),
  phase: z.optional(phaseSchema),
});
export type DialogueQuery = z.infer<typeof dialogueQuerySchema>;
