import type { Context } from "hono";

interface NodeBindings {
  incoming?: { headers?: Record<string, string | string[] | undefined> };
}

/**
 * A request header read straight from Node's parsed headers when the server runs on Node:
 * `c.req.header()` would first build a WHATWG Headers object, which the hot read path cannot
 * afford. Falls back to it elsewhere (tests through app.request).
 */
export function rawHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as NodeBindings | undefined)?.incoming?.headers;
  if (incoming) {
    const value = incoming[name];
    return Array.isArray(value) ? value.join(", ") : value;
  }
  return c.req.header(name);
}
