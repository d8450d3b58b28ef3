import type { MiddlewareHandler } from "hono";
import { rawHeader } from "../http/raw-header.js";
import { sessionIdOf } from "../session/session-cookie.js";
import { etagMatches } from "./etag-matches.js";
import type { ReadCache } from "./read-cache.js";
import { readKeys } from "./read-keys.js";

interface FastRoute {
  key: string;
  contentType: string;
}

const SEGMENT = "([A-Za-z0-9_-]{1,100})";
const STECKBRIEF = new RegExp(`^/v1/dialogues/${SEGMENT}/steckbrief$`);
const DIALOGUE = new RegExp(`^/v1/dialogues/${SEGMENT}$`);

/** The public reads the read model answers, by path; anything unusual goes the normal way. */
function fastRoute(path: string, search: boolean): FastRoute | undefined {
  if (search) return undefined;
  if (path === "/v1/map") return { key: readKeys.map, contentType: "application/geo+json" };
  if (path === "/v1/dialogues") return { key: readKeys.dialogueList({}), contentType: "application/json" };
  let m = STECKBRIEF.exec(path);
  if (m) return { key: readKeys.steckbrief(m[1]!), contentType: "application/json" };
  m = DIALOGUE.exec(path);
  if (m) return { key: readKeys.dialogue(m[1]!), contentType: "application/json" };
  return undefined;
}

const PER_ANSWER = new Set(["content-type", "content-length", "etag", "date", "transfer-encoding"]);

/**
 * Answers anonymous reads that the read model holds before the middleware chain runs: these are
 * the hottest requests (every embedded card and map), and the chain's work — header objects,
 * authentication, routing twice — would cost more than the answer itself. Nothing is decided
 * here: the first answer of this kind goes the whole way, and the headers the chain gave it
 * (security, CORS, caching) are reused for every later one.
 */
export function readModelFastPath(cache: ReadCache): MiddlewareHandler {
  let template: Record<string, string> | undefined;
  return async (c, next) => {
    if (c.req.method !== "GET") return next();
    const route = fastRoute(c.req.path, c.req.url.includes("?"));
    if (!route) return next();
    // A signed-in staff member sees more than the public (unpublished dialogues): never from here.
    const anonymous = rawHeader(c, "authorization") === undefined && sessionIdOf(c) === undefined;
    if (template && anonymous) {
      const hit = cache.peek(route.key);
      if (hit) {
        if (etagMatches(rawHeader(c, "if-none-match"), hit.etag)) return new Response(null, { status: 304, headers: { ...template, ETag: hit.etag } });
        return new Response(hit.body, { status: 200, headers: { ...template, "Content-Type": route.contentType, ETag: hit.etag } });
      }
    }
    await next();
    if (!template && anonymous && c.res.status === 200) {
      const captured: Record<string, string> = {};
      c.res.headers.forEach((value, name) => {
        if (!PER_ANSWER.has(name)) captured[name] = value;
      });
      template = captured;
    }
  };
}
