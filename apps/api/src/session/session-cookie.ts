import type { Context } from "hono";
import { setCookie } from "hono/cookie";
import { rawHeader } from "../http/raw-header.js";

export const SESSION_COOKIE = "kfd_session";

const COOKIE_VALUE = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([A-Za-z0-9_-]{20,100})(?:;|$)`);

/** The session id the browser sent, if it looks like one; read from the raw header so public reads stay cheap. */
export function sessionIdOf(c: Context): string | undefined {
  const cookie = rawHeader(c, "cookie");
  return cookie === undefined ? undefined : COOKIE_VALUE.exec(cookie)?.[1];
}

/**
 * HttpOnly keeps it from scripts, SameSite=Strict from other sites' requests, Secure from
 * plain http wherever the server is reached over https.
 */
export function setSessionCookie(c: Context, sessionId: string, maxAgeSeconds: number, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, sessionId, { httpOnly: true, secure, sameSite: "Strict", path: "/", maxAge: maxAgeSeconds });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, "", { httpOnly: true, secure, sameSite: "Strict", path: "/", maxAge: 0 });
}
