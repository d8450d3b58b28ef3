import * as z from "zod/mini";
import { email, id, instant, longText, text } from "../shared/fields.js";

/** Begleitkreis: the group that sees delegated measures through (seed 001). */
export const createWorkingGroupSchema = z.object({
  name: text(160),
  description: z._default(longText(2000), ""),
  contactEmail: z.optional(email),
});
export type CreateWorkingGroupInput = z.input<typeof createWorkingGroupSchema>;

export const workingGroupSchema = z.extend(createWorkingGroupSchema, {
  id,
  dialogueId: id,
  createdAt: instant,
});
export type WorkingGroup = z.infer<typeof workingGroupSchema>;
