import type { Context } from "hono";
import { etagMatches } from "./etag-matches.js";
import type { CachedRead } from "./read-cache.js";

/** Answers a cached read, or 304 when the client already holds this version. */
export function cachedJson(c: Context, read: CachedRead, contentType = "application/json"): Response {
  const headers = { ETag: read.etag, "Cache-Control": "no-cache" };
  if (etagMatches(c.req.header("if-none-match"), read.etag)) return c.body(null, 304, headers);
  return c.body(read.body, 200, { ...headers, "Content-Type": contentType });
}
