import type { SessionInfo, SignInInput } from "@kfd/domain";
import { createClient, isKfdError, request, type FetchLike, type KfdClient } from "@kfd/sdk";

/**
 * The console's one connection to the API: same origin, the HttpOnly session cookie, and the
 * session's CSRF token on every write. Rebuilt whenever the session changes.
 */
const baseUrl = location.origin;
let session: SessionInfo | null = null;

/** Tells the shell that the API no longer knows the session the console believed it had. */
export const SESSION_EXPIRED = "kfd-session-expired";

/** Tells the shell that someone signed in (password, invitation or reset link): its header and navigation change. */
export const SESSION_STARTED = "kfd-session-started";

/** Where to go after signing in: the page the person was on when their session ended. */
let returnPath: string | null = null;

/**
 * Every call's answer passes here: a 401 while the console believes it is signed in means the
 * session ended on the server (idle, expired, signed out elsewhere, password reset). Detected
 * once for every screen, instead of each screen learning to read its own failures that way.
 */
const sessionAwareFetch: FetchLike = async (input, init) => {
  const response = await fetch(input, init);
  if (response.status === 401 && session !== null) {
    returnPath = location.pathname + location.search + location.hash;
    adopt(null);
    window.dispatchEvent(new CustomEvent(SESSION_EXPIRED));
  }
  return response;
};

let client: KfdClient = createClient({ baseUrl, fetch: sessionAwareFetch });

export function api(): KfdClient {
  return client;
}

export function currentSession(): SessionInfo | null {
  return session;
}

function adopt(info: SessionInfo | null): SessionInfo | null {
  session = info;
  client = createClient(info?.csrfToken ? { baseUrl, fetch: sessionAwareFetch, csrfToken: info.csrfToken } : { baseUrl, fetch: sessionAwareFetch });
  return info;
}

/** Set when the session ended under the person's hands, until they sign in again. */
export function pageBeforeExpiry(): string | null {
  return returnPath;
}

export async function loadSession(): Promise<SessionInfo | null> {
  try {
    return adopt(await createClient({ baseUrl }).getSession());
  } catch (error) {
    if (isKfdError(error) && (error.status === 401 || error.status === 403)) return adopt(null);
    throw error;
  }
}

export async function signIn(input: SignInInput): Promise<SessionInfo> {
  return sessionStarted(await createClient({ baseUrl }).signIn(input));
}

export function sessionStarted(info: SessionInfo): SessionInfo {
  returnPath = null;
  adopt(info);
  window.dispatchEvent(new CustomEvent(SESSION_STARTED));
  return info;
}

/** Signed out even when the server had ended the session already: that is what the person asked for. */
export async function signOut(): Promise<void> {
  const signedIn = session;
  // Dropped first, so that a 401 here is not taken for a session that ended by itself.
  const call = client.signOut();
  adopt(null);
  try {
    await call;
  } catch (error) {
    if (isKfdError(error) && error.status === 401) return;
    adopt(signedIn);
    throw error;
  }
}

/** Routes the SDK has no function for (outbox, audit log): the SDK's own request, same rules. */
export function getJson<T>(path: string, query?: Record<string, string>): Promise<T> {
  return request<T>(client.options, path, query ? { query } : {});
}
