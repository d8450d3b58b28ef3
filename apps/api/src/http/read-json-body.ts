import type { Context } from "hono";
import { ProblemException } from "../problem/problem-exception.js";

const JSON_TYPE = /^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i;

/**
 * Reads a JSON body. A body that is absent entirely comes back as `undefined`, so a route can
 * decide whether that is allowed; a body in another format is refused before it is read.
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  const contentType = c.req.header("content-type");
  const text = await c.req.text();
  if (text.trim() === "") return undefined;
  if (!contentType || !JSON_TYPE.test(contentType)) {
    throw new ProblemException({
      status: 415,
      code: "unsupported_media_type",
      title: "Unsupported media type",
      detail: `Send the body as application/json (got ${contentType ? `"${contentType}"` : "no Content-Type"}).`,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new ProblemException({
      status: 400,
      code: "invalid_json",
      title: "Malformed JSON",
      detail: `The body is not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
    });
  }
}
