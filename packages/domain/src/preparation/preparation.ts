import * as z from "zod/mini";
import { actorGroupSchema } from "../actor-group/actor-group.js";
import { templateMethodSchema } from "../method/method-templates.js";
import { id, instant } from "../shared/fields.js";
import { analysisSchema } from "./analysis.js";
import { checklistItemSchema } from "./checklist.js";
import { milestoneSchema } from "./milestone.js";

/** Everything the Vorbereitung step works on, in one read for the console. */
export const preparationSchema = z.object({
  dialogueId: id,
  analysis: analysisSchema,
  /** The template last applied (its checklist was copied in); null before any. */
  templateMethod: z.nullable(templateMethodSchema),
  checklist: z.array(checklistItemSchema),
  milestones: z.array(milestoneSchema),
  /** The dialogue's actor groups to involve (edited through PATCH /v1/dialogues/{id}). */
  actors: z.array(actorGroupSchema),
  updatedAt: z.nullable(instant),
});
export type Preparation = z.infer<typeof preparationSchema>;
