import type { Context } from "hono";

/**
 * Preflight for every route but the registration ones (which answer their own): reads are open
 * to any site, with an Authorization header allowed so that tools on other origins can read
 * what their token may see. Writes are not offered cross-origin.
 */
export function publicPreflight(c: Context): Response {
  c.header("Access-Control-Allow-Origin", "*");
  c.header("Access-Control-Allow-Methods", "GET, HEAD");
  c.header("Access-Control-Allow-Headers", "Authorization, If-None-Match");
  c.header("Access-Control-Max-Age", "600");
  return c.body(null, 204);
}
