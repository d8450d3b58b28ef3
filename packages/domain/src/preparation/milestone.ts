import * as z from "zod/mini";
import { calendarDate, id, instant, text } from "../shared/fields.js";

/** A step of the project plan the facilitator drafts with the municipality (seed 001). */
export const milestoneSchema = z.object({
  id,
  dialogueId: id,
  title: z.string(),
  dueOn: z.nullable(calendarDate),
  done: z.boolean(),
  doneAt: z.nullable(instant),
  position: z.int(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const createMilestoneSchema = z.object({
  title: text(200),
  dueOn: z.optional(calendarDate),
});
export type CreateMilestoneInput = z.input<typeof createMilestoneSchema>;

export const updateMilestoneSchema = z.strictObject({
  title: z.optional(text(200)),
  dueOn: z.optional(z.nullable(calendarDate)),
  done: z.optional(z.boolean("must be true or false")),
});
export type UpdateMilestoneInput = z.input<typeof updateMilestoneSchema>;

/** Open milestones whose date has passed: the plan's warning lights. `today` is YYYY-MM-DD (Berlin). */
export function isMilestoneOverdue(m: Pick<Milestone, "done" | "dueOn">, today: string): boolean {
  return !m.done && m.dueOn !== null && m.dueOn < today;
}
