import type { Problem, ProblemCode } from "@kfd/domain";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ProblemException, type ProblemInit } from "./problem-exception.js";

/** Problem type URIs are stable documentation anchors; clients should switch on `code`. */
export const problemType = (code: ProblemCode) => `https://kfd.dev/problems/${code.replaceAll("_", "-")}`;

const STATUS_CODES: Partial<Record<number, { code: ProblemCode; title: string }>> = {
  400: { code: "validation_failed", title: "Bad request" },
  401: { code: "unauthorized", title: "Unauthorized" },
  403: { code: "forbidden", title: "Forbidden" },
  404: { code: "not_found", title: "Not found" },
  409: { code: "conflict", title: "Conflict" },
  413: { code: "payload_too_large", title: "Payload too large" },
  415: { code: "unsupported_media_type", title: "Unsupported media type" },
  429: { code: "rate_limited", title: "Too many requests" },
};

export function problemResponse(c: Context, init: ProblemInit): Response {
  const body: Problem = {
    type: problemType(init.code),
    title: init.title,
    status: init.status,
    code: init.code,
    detail: init.detail ?? init.title,
    instance: new URL(c.req.url).pathname,
    ...(init.errors ? { errors: init.errors } : {}),
  };
  return c.body(JSON.stringify(body), init.status, { "Content-Type": "application/problem+json", ...init.headers });
}

/** The app's one error handler: every thrown problem, HTTPException or bug becomes problem+json. */
export function handleError(err: Error, c: Context, log: (line: string) => void): Response {
  if (err instanceof ProblemException) return problemResponse(c, err.problem);
  if (err instanceof HTTPException && err.status < 500) {
    const known = STATUS_CODES[err.status] ?? { code: "conflict" as const, title: "Request refused" };
    return problemResponse(c, { status: err.status as ContentfulStatusCode, code: known.code, title: known.title, detail: err.message || known.title });
  }
  log(`error ${c.req.method} ${new URL(c.req.url).pathname}: ${err.stack ?? String(err)}`);
  return problemResponse(c, { status: 500, code: "internal_error", title: "Internal server error", detail: "The server failed to answer this request; it has been logged." });
}

export function handleNotFound(c: Context): Response {
  return problemResponse(c, { status: 404, code: "not_found", title: "Not found", detail: `No route ${c.req.method} ${new URL(c.req.url).pathname}.` });
}
