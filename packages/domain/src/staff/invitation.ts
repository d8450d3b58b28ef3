import * as z from "zod/mini";
import { roleSchema } from "../auth/role.js";
import { agsSchema } from "../municipality/municipality.js";
import { email, id, instant, longText } from "../shared/fields.js";
import { passwordProblems } from "./password-policy.js";

/** An invitation link is good for a week: long enough for holidays, short enough to go stale safely. */
export const INVITATION_VALID_DAYS = 7;

export const createInvitationSchema = z.object({
  email,
  role: roleSchema,
  municipalityAgs: z._default(z.array(agsSchema).check(z.maxLength(500)), []),
  name: z._default(longText(120), ""),
});
export type CreateInvitationInput = z.input<typeof createInvitationSchema>;

export const acceptInvitationSchema = z.object({
  password: z.string().check(
    z.superRefine((value, ctx) => {
      for (const message of passwordProblems(value)) ctx.addIssue({ code: "custom", message, input: value });
    }),
  ),
  name: z.optional(longText(120)),
});
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;

export const INVITATION_STATES = ["pending", "accepted", "expired", "revoked"] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export const invitationSchema = z.object({
  id,
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  municipalityAgs: z.array(agsSchema),
  invitedBy: z.string(),
  state: z.enum(INVITATION_STATES),
  createdAt: instant,
  expiresAt: instant,
  acceptedAt: z.nullable(instant),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** The answer to inviting someone: the only time the link's secret is shown. */
export const createdInvitationSchema = z.object({
  invitation: invitationSchema,
  token: z.string(),
  /** Where the invited person sets a password (the console's page for it). */
  acceptUrl: z.string(),
});
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;

/** What the accept page shows before the password is chosen. */
export const invitationPreviewSchema = z.object({
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  municipalityAgs: z.array(agsSchema),
  expiresAt: instant,
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export function invitationState(i: { acceptedAt: string | null; revokedAt: string | null; expiresAt: string }, now: Date): InvitationState {
  if (i.acceptedAt) return "accepted";
  if (i.revokedAt) return "revoked";
  return Date.parse(i.expiresAt) <= now.getTime() ? "expired" : "pending";
}
