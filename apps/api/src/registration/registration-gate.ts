import type { Context, MiddlewareHandler } from "hono";
import { forbidden } from "../auth/access.js";
import { allowOrigin } from "../cors/cors-headers.js";
import type { EmbedOrigins } from "../cors/embed-origins.js";
import { clientIp } from "../http/client-ip.js";
import { ProblemException } from "../problem/problem-exception.js";
import { problemResponse } from "../problem/problem-response.js";
import type { RateLimiter } from "../rate-limit/rate-limiter.js";
import type { AppServices } from "../services.js";

export interface GateDeps {
  services: AppServices;
  origins: EmbedOrigins;
  limiter: RateLimiter;
  /** The municipality whose embed list applies to this request, if it can be told. */
  municipalityOf: (c: Context) => Promise<string | undefined>;
}

/**
 * Runs before the registration handlers: a cross-origin request from a site that is not
 * allowed is refused before anything is read or written, and answers to allowed sites carry
 * the CORS headers (error answers too, so the embedded form can show them).
 */
export function registrationGate(deps: GateDeps, options: { rateLimited: boolean }): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header("origin");
    if (origin !== undefined && !(await deps.origins.allows(origin, c.req.header("host"), await deps.municipalityOf(c)))) {
      throw forbidden(`Registrations from ${origin} are not allowed for this event. The municipality can add the site to its embed origins.`);
    }
    if (options.rateLimited) {
      const decision = deps.limiter.take(clientIp(c, deps.services.config.trustProxy));
      if (!decision.allowed) {
        const res = problemResponse(c, {
          status: 429,
          code: "rate_limited",
          title: "Too many registrations",
          detail: `Too many registrations from this address; try again in ${decision.retryAfterSeconds} s.`,
          headers: { "Retry-After": String(decision.retryAfterSeconds) },
        });
        if (origin !== undefined) allowOrigin(res.headers, origin);
        return res;
      }
    }
    await next();
    if (origin !== undefined) allowOrigin(c.res.headers, origin);
  };
}

/** Answers the browser's preflight for a registration route. */
export function registrationPreflight(deps: GateDeps, method: "POST" | "DELETE"): MiddlewareHandler {
  return async (c) => {
    const origin = c.req.header("origin");
    if (origin === undefined || !(await deps.origins.allows(origin, c.req.header("host"), await deps.municipalityOf(c)))) {
      throw new ProblemException({ status: 403, code: "forbidden", title: "Origin not allowed", detail: `${origin ?? "This origin"} may not ${method === "POST" ? "send registrations" : "cancel registrations"} here.` });
    }
    c.header("Access-Control-Allow-Origin", origin);
    c.header("Access-Control-Allow-Methods", method);
    c.header("Access-Control-Allow-Headers", "Content-Type");
    c.header("Access-Control-Max-Age", "600");
    c.header("Vary", "Origin");
    return c.body(null, 204);
  };
}
