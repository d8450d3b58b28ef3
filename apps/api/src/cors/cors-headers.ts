import type { MiddlewareHandler } from "hono";

const PUBLIC_METHODS = new Set(["GET", "HEAD"]);

/**
 * Public reads may be fetched from any site: they hold nothing personal and no cookie is
 * involved (admin routes use bearer tokens, which a foreign page cannot obtain).
 */
export const publicReadCors: MiddlewareHandler = async (c, next) => {
  await next();
  if (PUBLIC_METHODS.has(c.req.method) && !c.res.headers.has("Access-Control-Allow-Origin")) {
    c.res.headers.set("Access-Control-Allow-Origin", "*");
    c.res.headers.set("Access-Control-Expose-Headers", "ETag, Retry-After");
  }
};

export function allowOrigin(headers: Headers, origin: string): void {
  headers.set("Access-Control-Allow-Origin", origin);
  headers.set("Access-Control-Expose-Headers", "ETag, Retry-After, Location");
  headers.append("Vary", "Origin");
}
