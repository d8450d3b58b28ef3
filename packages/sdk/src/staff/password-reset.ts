import type { PasswordResetPreview, PasswordResetRequested, RequestPasswordResetInput, ResetPasswordInput, SessionInfo } from "@kfd/domain";
import type { ClientOptions, RequestOptions } from "../options.js";
import { request, segment } from "../request.js";

/** Asks for a reset link by e-mail. The answer is the same whether or not the address has an account. */
export function requestPasswordReset(options: ClientOptions, input: RequestPasswordResetInput, call?: RequestOptions): Promise<PasswordResetRequested> {
  return request(options, "/v1/password-reset", { ...call, method: "POST", body: input });
}

/** The reset page: whether the link still works (404 once used, expired or replaced by a newer one). */
export function getPasswordReset(options: ClientOptions, token: string, call?: RequestOptions): Promise<PasswordResetPreview> {
  return request(options, `/v1/password-reset/${segment(token)}`, call);
}

/** Sets the new password, ends every other session of the account and signs in (the answer carries the CSRF token). */
export function resetPassword(options: ClientOptions, token: string, input: ResetPasswordInput, call?: RequestOptions): Promise<SessionInfo> {
  return request(options, `/v1/password-reset/${segment(token)}`, { ...call, method: "POST", body: input });
}
