import * as z from "zod/mini";
import { id, instant, slug, text } from "../shared/fields.js";

/** What participants work out at an event (seed 001): situation, fields of action, conflicts, ideas. */
export const RESULT_KINDS = ["situation", "handlungsfeld", "konfliktfeld", "idee"] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

export const RESULT_KIND_LABELS: Record<ResultKind, string> = {
  situation: "Aktuelle Situation",
  handlungsfeld: "Handlungsfeld",
  konfliktfeld: "Konfliktfeld",
  idee: "Idee",
};

export const createResultSchema = z.object({
  kind: z.enum(RESULT_KINDS),
  topic: z.optional(slug),
  text: text(2000),
  eventId: z.optional(id),
});
export type CreateResultInput = z.input<typeof createResultSchema>;

export const resultSchema = z.extend(createResultSchema, {
  id,
  dialogueId: id,
  createdAt: instant,
});
export type Result = z.infer<typeof resultSchema>;
