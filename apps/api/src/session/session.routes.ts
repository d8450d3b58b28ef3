import {
  clearSignInFailures,
  createSession,
  deleteSession,
  normaliseEmail,
  recordSignInFailure,
  signInBlockedUntil,
  verifyStaffCredentials,
} from "@kfd/db";
import { SIGN_IN_FREE_FAILURES, sessionInfoSchema, signInSchema } from "@kfd/domain";
import type { Context } from "hono";
import { principalOfStaff } from "../auth/request-authenticator.js";
import { principalOf } from "../auth/principal-of.js";
import { clientIp } from "../http/client-ip.js";
import { ProblemException } from "../problem/problem-exception.js";
import type { AppServices } from "../services.js";
import { throttled } from "./throttled.js";
import { clearSessionCookie, setSessionCookie } from "./session-cookie.js";
import { sessionInfo } from "./session-info.js";
import { secureCookies, sessionLifetime } from "./session-lifetime.js";

/** One answer for an unknown address, a wrong password and a disabled account: nobody learns which. */
const signInFailed = () =>
  new ProblemException({ status: 401, code: "sign_in_failed", title: "Sign-in failed", detail: "E-Mail-Adresse oder Passwort ist falsch." });

const TOO_MANY_SIGN_INS = {
  code: "sign_in_throttled",
  title: "Too many failed sign-ins",
  detail: (seconds: number) => `Zu viele fehlgeschlagene Anmeldungen. Bitte in ${seconds} Sekunden erneut versuchen.`,
} as const;

/** Starts a session for a verified account: the cookie carries the id, the answer the CSRF token. */
export async function signIn(s: AppServices, c: Context, staffId: string): Promise<Response> {
  const lifetime = sessionLifetime(s.config);
  const session = await createSession(s.db, staffId, lifetime, s.now());
  setSessionCookie(c, session.sessionId, Math.floor(lifetime.absoluteMs / 1000), secureCookies(s.config));
  c.header("Cache-Control", "no-store");
  return c.json(sessionInfo(principalOfStaff(session.staff), session), 200);
}

export function registerSessionRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "post",
      path: "/v1/session",
      operationId: "signIn",
      tag: "Session",
      summary: "Sign in with e-mail and password (staff console)",
      description: [
        "Sets the session cookie `kfd_session` (HttpOnly, SameSite=Strict, Path=/, Secure when the public URL is https) and answers the CSRF token that every write with this cookie must send in `X-CSRF-Token`.",
        "A wrong password, an unknown address and a disabled account get the same 401 sign_in_failed after the same work.",
        `After ${SIGN_IN_FREE_FAILURES.account} failures for one address (or ${SIGN_IN_FREE_FAILURES.address} from one client) further attempts wait 30 s, doubling up to 15 min: 429 sign_in_throttled with Retry-After. Shared by all server processes.`,
      ].join("\n\n"),
      access: "public",
      body: signInSchema,
      responses: { 200: { description: "Signed in.", schema: sessionInfoSchema } },
      problems: [401, 429],
    },
    async (c, { body }) => {
      const now = s.now();
      const accountKey = `account:${normaliseEmail(body.email)}`;
      const addressKey = `address:${clientIp(c, s.config.trustProxy)}`;
      const blockedUntil = await signInBlockedUntil(s.db, [accountKey, addressKey], now);
      if (blockedUntil) throw throttled(TOO_MANY_SIGN_INS, blockedUntil, now);
      const staff = await verifyStaffCredentials(s.db, body.email, body.password, now);
      if (!staff) {
        await recordSignInFailure(s.db, accountKey, SIGN_IN_FREE_FAILURES.account, now);
        await recordSignInFailure(s.db, addressKey, SIGN_IN_FREE_FAILURES.address, now);
        throw signInFailed();
      }
      // Only the account's count is cleared: signing in to one's own account must not reset an address that guesses at others.
      await clearSignInFailures(s.db, accountKey);
      return signIn(s, c, staff.id);
    },
  );

  s.routes.add(
    {
      method: "get",
      path: "/v1/session",
      operationId: "getSession",
      tag: "Session",
      summary: "Who is signed in, with the CSRF token",
      description: "For a session: the staff account, its role and municipalities, the CSRF token and when the session ends. For a bearer token: the role and municipalities, no CSRF token.",
      access: "admin",
      responses: { 200: { description: "The caller.", schema: sessionInfoSchema } },
    },
    (c) => {
      c.header("Cache-Control", "no-store");
      return c.json(sessionInfo(principalOf(c), c.get("session")));
    },
  );

  s.routes.add(
    {
      method: "delete",
      path: "/v1/session",
      operationId: "signOut",
      tag: "Session",
      summary: "Sign out",
      description: "Ends the session in every process and clears the cookie. Needs the CSRF token like every cookie-authenticated write.",
      access: "admin",
      responses: { 204: { description: "Signed out." } },
      problems: [403],
    },
    async (c) => {
      const session = c.get("session");
      if (session) await deleteSession(s.db, session.sessionId);
      clearSessionCookie(c, secureCookies(s.config));
      return c.body(null, 204);
    },
  );
}
