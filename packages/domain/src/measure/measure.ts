import * as z from "zod/mini";
import { calendarDate, id, instant, longText, slug, text } from "../shared/fields.js";

export const MEASURE_STATUSES = ["planned", "in-progress", "done", "dropped", "delegated"] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
  planned: "Geplant",
  "in-progress": "In Umsetzung",
  done: "Umgesetzt",
  dropped: "Verworfen",
  delegated: "Delegiert",
};

/** Who answers for a measure: a role (never a private person's name) or a Begleitkreis. */
export const responsibleSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("role"), role: text(160) }),
  z.object({ kind: z.literal("working-group"), workingGroupId: id }),
]);
export type Responsible = z.infer<typeof responsibleSchema>;

const progress = z.int("must be a whole number").check(z.gte(0, "must be between 0 and 100"), z.lte(100, "must be between 0 and 100"));

export const createMeasureSchema = z.object({
  title: text(200),
  description: z._default(longText(4000), ""),
  topic: z.optional(slug),
  responsible: z.optional(responsibleSchema),
  status: z._default(z.enum(MEASURE_STATUSES), "planned"),
  progress: z._default(progress, 0),
  dueOn: z.optional(calendarDate),
  /** The idea (Result) this measure grew out of, kept so the catalogue can be traced back. */
  resultId: z.optional(id),
});
export type CreateMeasureInput = z.input<typeof createMeasureSchema>;

/** Every change of a measure's state carries a reason: the catalogue must stay honest for months. */
export const updateMeasureSchema = z.strictObject({
  title: z.optional(text(200)),
  description: z.optional(longText(4000)),
  /** null takes the topic away; leaving it out keeps it. */
  topic: z.optional(z.nullable(slug)),
  /** null leaves the measure without an owner; leaving it out keeps the owner. */
  responsible: z.optional(z.nullable(responsibleSchema)),
  status: z.optional(z.enum(MEASURE_STATUSES)),
  progress: z.optional(progress),
  dueOn: z.optional(z.nullable(calendarDate)),
  reason: text(1000),
});
export type UpdateMeasureInput = z.input<typeof updateMeasureSchema>;

export const measureChangeSchema = z.object({
  at: instant,
  status: z.enum(MEASURE_STATUSES),
  progress: z.int(),
  reason: z.string(),
});
export type MeasureChange = z.infer<typeof measureChangeSchema>;

export const measureSchema = z.object({
  id,
  dialogueId: id,
  title: z.string(),
  description: z.string(),
  topic: z.nullable(z.string()),
  responsible: z.nullable(responsibleSchema),
  status: z.enum(MEASURE_STATUSES),
  progress: z.int(),
  dueOn: z.nullable(z.string()),
  resultId: z.nullable(z.string()),
  history: z.array(measureChangeSchema),
  createdAt: instant,
  updatedAt: instant,
});
export type Measure = z.infer<typeof measureSchema>;
