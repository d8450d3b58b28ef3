import * as z from "zod/mini";
import { id, instant, text } from "../shared/fields.js";

/** Where an item came from: copied from a method template, or added by staff. */
export const CHECKLIST_SOURCES = ["template", "own"] as const;
export type ChecklistSource = (typeof CHECKLIST_SOURCES)[number];

export const checklistItemSchema = z.object({
  id,
  dialogueId: id,
  text: z.string(),
  done: z.boolean(),
  doneAt: z.nullable(instant),
  source: z.enum(CHECKLIST_SOURCES),
  /** The template item it was copied from; applying the template again does not copy it twice. */
  templateKey: z.nullable(z.string()),
  position: z.int(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const addChecklistItemSchema = z.object({ text: text(300) });
export type AddChecklistItemInput = z.input<typeof addChecklistItemSchema>;

export const updateChecklistItemSchema = z.strictObject({
  text: z.optional(text(300)),
  done: z.optional(z.boolean("must be true or false")),
});
export type UpdateChecklistItemInput = z.input<typeof updateChecklistItemSchema>;
