import * as z from "zod/mini";
import { calendarDate, longText, text } from "../shared/fields.js";
import { responsibleSchema, type CreateMeasureInput } from "../measure/measure.js";
import type { Result } from "./result.js";

/** Anything staff want to set right away; the rest is taken from the idea. */
export const ideaToMeasureSchema = z.strictObject({
  title: z.optional(text(200)),
  description: z.optional(longText(4000)),
  responsible: z.optional(responsibleSchema),
  dueOn: z.optional(calendarDate),
});
export type IdeaToMeasureInput = z.input<typeof ideaToMeasureSchema>;

const TITLE_MAX = 200;

/** A title from the idea's first sentence or line, shortened at a word where it must be. */
function titleOf(text: string): string {
  const first = text.split(/\n|(?<=[.!?])\s/)[0]!.trim();
  if (first.length <= TITLE_MAX) return first;
  const cut = first.slice(0, TITLE_MAX - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), TITLE_MAX / 2)).trimEnd()}…`;
}

/** Only ideas become measures in one step: a situation or a conflict needs someone to think first. */
export function canBecomeMeasure(result: Pick<Result, "kind">): boolean {
  return result.kind === "idee";
}

/** The measure an idea turns into, keeping the link back to it. */
export function measureFromIdea(result: Pick<Result, "id" | "text" | "topic">, input: z.output<typeof ideaToMeasureSchema> = {}): CreateMeasureInput {
  return {
    title: input.title ?? titleOf(result.text),
    description: input.description ?? result.text,
    ...(result.topic !== undefined ? { topic: result.topic } : {}),
    ...(input.responsible ? { responsible: input.responsible } : {}),
    ...(input.dueOn ? { dueOn: input.dueOn } : {}),
    resultId: result.id,
  };
}
