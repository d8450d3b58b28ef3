import { findSession, type KfdDatabase, type SessionLifetime } from "@kfd/db";
import type { Principal, Staff } from "@kfd/domain";
import type { Context } from "hono";
import type { AppEnv } from "../app-env.js";
import { rawHeader } from "../http/raw-header.js";
import { ProblemException } from "../problem/problem-exception.js";
import { sessionIdOf } from "../session/session-cookie.js";
import type { Authenticator } from "./authenticator.js";
import { assertCsrfSafe, isSafeMethod } from "./csrf.js";

/** Resolves who calls a route and records it on the context; `required` makes an anonymous call a 401. */
export type RequestAuthenticator = (c: Context<AppEnv>, required: boolean) => Promise<Principal | undefined>;

export function principalOfStaff(staff: Staff): Principal {
  return { tokenId: `staff:${staff.id}`, role: staff.role, municipalityAgs: staff.municipalityAgs, label: staff.name || staff.email, staffId: staff.id };
}

const unauthorized = () =>
  new ProblemException({
    status: 401,
    code: "unauthorized",
    title: "Unauthorized",
    detail: "This route needs a signed-in session (POST /v1/session) or an Authorization: Bearer <token> header.",
    headers: { "WWW-Authenticate": 'Bearer realm="kfd"' },
  });

export interface RequestAuthenticatorDeps {
  db: KfdDatabase;
  bearer: Authenticator;
  lifetime: SessionLifetime;
  /** Origins a cookie-authenticated write may come from (the public URL's). */
  ownOrigins: readonly string[];
  now: () => Date;
}

/**
 * One principal, whichever way the caller proves who it is: a bearer token (integrations)
 * or the session cookie of a signed-in staff member (the console). The role checks after
 * this do not know the difference. A bearer header wins; cookies are then ignored.
 */
export function createRequestAuthenticator(deps: RequestAuthenticatorDeps): RequestAuthenticator {
  return async (c, required) => {
    const authorization = rawHeader(c, "authorization");
    if (authorization !== undefined && authorization.trim() !== "") return deps.bearer(authorization, required);
    const sessionId = sessionIdOf(c);
    const safe = isSafeMethod(c.req.method);
    // A public write (a registration) never acts as staff: a stale cookie must not turn it into a 403.
    if (sessionId === undefined || (!required && !safe)) {
      if (required) throw unauthorized();
      return undefined;
    }
    const session = await findSession(deps.db, sessionId, deps.lifetime, deps.now());
    if (!session) {
      if (required) throw unauthorized();
      return undefined;
    }
    if (!safe) assertCsrfSafe(c, session.csrfToken, deps.ownOrigins);
    c.set("session", { ...session, sessionId });
    return principalOfStaff(session.staff);
  };
}
