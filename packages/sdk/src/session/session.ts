import type { SessionInfo, SignInInput } from "@kfd/domain";
import type { ClientOptions, RequestOptions } from "../options.js";
import { request } from "../request.js";

/**
 * Staff console: signs in; the browser keeps the HttpOnly session cookie. Pass the answer's
 * `csrfToken` as `csrfToken` in the client options for every write that follows.
 */
export function signIn(options: ClientOptions, input: SignInInput, call?: RequestOptions): Promise<SessionInfo> {
  return request(options, "/v1/session", { ...call, method: "POST", body: input });
}

/** Who is signed in (or which token is used), with the CSRF token of a session. */
export function getSession(options: ClientOptions, call?: RequestOptions): Promise<SessionInfo> {
  return request(options, "/v1/session", call);
}

export function signOut(options: ClientOptions, call?: RequestOptions): Promise<void> {
  return request(options, "/v1/session", { ...call, method: "DELETE" });
}
