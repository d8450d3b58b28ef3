import { timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { rawHeader } from "../http/raw-header.js";
import { ProblemException } from "../problem/problem-exception.js";

export const CSRF_HEADER = "x-csrf-token";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const isSafeMethod = (method: string) => SAFE_METHODS.has(method);

const csrfFailed = (detail: string) => new ProblemException({ status: 403, code: "csrf_failed", title: "Cross-site request refused", detail });

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * A write authenticated by the session cookie must carry the session's synchronizer token
 * and come from one of our own origins. The cookie alone proves nothing: the browser would
 * attach it to a form another site submits.
 */
export function assertCsrfSafe(c: Context, expectedToken: string, ownOrigins: readonly string[]): void {
  const origin = rawHeader(c, "origin");
  if (!origin || !(ownOrigins.includes(origin) || origin === new URL(c.req.url).origin)) {
    throw csrfFailed("Writes with a session cookie must come from the console's own origin (Origin header).");
  }
  const token = rawHeader(c, CSRF_HEADER);
  if (!token || !sameSecret(token, expectedToken)) {
    throw csrfFailed("Send the session's CSRF token (GET /v1/session) in the X-CSRF-Token header.");
  }
}
