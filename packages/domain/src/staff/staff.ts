import * as z from "zod/mini";
import { roleSchema } from "../auth/role.js";
import { agsSchema } from "../municipality/municipality.js";
import { id, instant, longText } from "../shared/fields.js";
import { MAX_PASSWORD_LENGTH, passwordProblems } from "./password-policy.js";

/** A person who works in the console; what a role may do is the same as for an API token. */
export const staffSchema = z.object({
  id,
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  municipalityAgs: z.array(agsSchema),
  disabled: z.boolean(),
  createdAt: instant,
  lastSignInAt: z.nullable(instant),
});
export type Staff = z.infer<typeof staffSchema>;

/** A wrong password gets the same answer as an unknown e-mail, so no length or format hint beyond a bound. */
export const signInSchema = z.object({
  email: z.string().check(z.trim(), z.minLength(1, "must not be empty"), z.maxLength(254)),
  password: z.string().check(z.minLength(1, "must not be empty"), z.maxLength(MAX_PASSWORD_LENGTH * 4)),
});
export type SignInInput = z.input<typeof signInSchema>;

/** A new password, checked against the policy (length, common passwords). */
export const newPasswordSchema = z.string().check(
  z.superRefine((value, ctx) => {
    for (const message of passwordProblems(value)) ctx.addIssue({ code: "custom", message, input: value });
  }),
);

export const updateStaffSchema = z.strictObject({
  name: z.optional(longText(120)),
  role: z.optional(roleSchema),
  municipalityAgs: z.optional(z.array(agsSchema).check(z.maxLength(500))),
  disabled: z.optional(z.boolean()),
});
export type UpdateStaffInput = z.input<typeof updateStaffSchema>;

/** Who is signed in, and the token every write from the console must echo in X-CSRF-Token. */
export const sessionInfoSchema = z.object({
  /** null when the caller uses an API token instead of a session. */
  staff: z.nullable(staffSchema),
  role: roleSchema,
  municipalityAgs: z.array(agsSchema),
  label: z.string(),
  csrfToken: z.nullable(z.string()),
  /** When the session ends at the latest (sign-in again), and when it ends if left idle. */
  expiresAt: z.nullable(instant),
  idleExpiresAt: z.nullable(instant),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
