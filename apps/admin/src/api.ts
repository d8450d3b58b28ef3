import type { SessionInfo, SignInInput } from "@kfd/domain";
import { createClient, isKfdError, request, type KfdClient } from "@kfd/sdk";

/**
 * The console's one connection to the API: same origin, the HttpOnly session cookie, and the
 * session's CSRF token on every write. Rebuilt whenever the session changes.
 */
const baseUrl = location.origin;
let session: SessionInfo | null = null;
let client: KfdClient = createClient({ baseUrl });

export function api(): KfdClient {
  return client;
}

export function currentSession(): SessionInfo | null {
  return session;
}

function adopt(info: SessionInfo | null): SessionInfo | null {
  session = info;
  client = createClient(info?.csrfToken ? { baseUrl, csrfToken: info.csrfToken } : { baseUrl });
  return info;
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
  return adopt(await createClient({ baseUrl }).signIn(input))!;
}

export function sessionStarted(info: SessionInfo): void {
  adopt(info);
}

export async function signOut(): Promise<void> {
  await client.signOut();
  adopt(null);
}

/** Routes the SDK has no function for (outbox, audit log): the SDK's own request, same rules. */
export function getJson<T>(path: string, query?: Record<string, string>): Promise<T> {
  return request<T>(client.options, path, query ? { query } : {});
}
