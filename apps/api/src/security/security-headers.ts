import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/** JSON and other non-page answers need no sources at all. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/**
 * The demo page may load only this server's own scripts, styles and data: the same strict CSP
 * a town's site would have, so the demo proves the widgets work under it.
 */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

/** Public data and widget files are meant to be loaded by other sites. */
const CROSS_ORIGIN_PREFIXES = ["/v1/", "/widgets/", "/embed/", "/oembed", "/openapi.json", "/health"];

/** Embed pages are framed by other sites; their module sets its own frame policy. */
const EMBED_PREFIX = "/embed";

export function securityHeaders(): MiddlewareHandler[] {
  const base = secureHeaders({
    // Set per path below; a handler's own value (the docs page, an embed page) is kept.
    contentSecurityPolicy: undefined,
    crossOriginResourcePolicy: false,
    xFrameOptions: false,
    overwrite: false,
  });
  const perPath: MiddlewareHandler = async (c, next) => {
    await next();
    const path = c.req.path;
    const headers = c.res.headers;
    if (!headers.has("Cross-Origin-Resource-Policy")) {
      headers.set("Cross-Origin-Resource-Policy", CROSS_ORIGIN_PREFIXES.some((p) => path.startsWith(p)) ? "cross-origin" : "same-origin");
    }
    if (path === EMBED_PREFIX || path.startsWith(`${EMBED_PREFIX}/`)) return;
    if (!headers.has("Content-Security-Policy")) headers.set("Content-Security-Policy", API_CSP);
    if (!headers.has("X-Frame-Options")) headers.set("X-Frame-Options", "DENY");
  };
  return [base, perPath];
}
