import * as z from "zod/mini";
import { agsSchema } from "../municipality/municipality.js";
import { id, instant } from "../shared/fields.js";
import { roleSchema } from "./role.js";

/** A token as admins list it: who it speaks for, never the secret itself. */
export const tokenSummarySchema = z.object({
  tokenId: id,
  role: roleSchema,
  municipalityAgs: z.array(agsSchema),
  label: z.string(),
  createdAt: instant,
  revokedAt: z.nullable(instant),
});
export type TokenSummary = z.infer<typeof tokenSummarySchema>;

/** The answer to creating a token: the only time the secret is shown. */
export const createdTokenSchema = z.object({
  token: z.string(),
  principal: z.object({ tokenId: id, role: roleSchema, municipalityAgs: z.array(agsSchema), label: z.string() }),
});
export type CreatedToken = z.infer<typeof createdTokenSchema>;
