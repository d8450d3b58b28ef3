import * as z from "zod/mini";
import { email, instant } from "../shared/fields.js";
import { newPasswordSchema } from "./staff.js";

/** A reset link is good for an hour: long enough to reach the mailbox, short enough to go stale quickly. */
export const PASSWORD_RESET_VALID_MINUTES = 60;

/**
 * Reset requests before the wait starts, counted like failed sign-ins: per address typed (known
 * or not, so the wait never tells whether an account exists) and per client. Keeps anyone from
 * filling a colleague's mailbox.
 */
export const PASSWORD_RESET_FREE_REQUESTS = { account: 3, address: 20 } as const;

export const requestPasswordResetSchema = z.object({ email });
export type RequestPasswordResetInput = z.input<typeof requestPasswordResetSchema>;

/** The one answer to every reset request, whether or not the address has an account. */
export const passwordResetRequestedSchema = z.object({ message: z.string() });
export type PasswordResetRequested = z.infer<typeof passwordResetRequestedSchema>;

/** What the reset page shows before the new password is chosen. */
export const passwordResetPreviewSchema = z.object({ email: z.string(), expiresAt: instant });
export type PasswordResetPreview = z.infer<typeof passwordResetPreviewSchema>;

export const resetPasswordSchema = z.object({ password: newPasswordSchema });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
