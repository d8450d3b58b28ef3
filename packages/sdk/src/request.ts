import type { FieldError } from "@kfd/domain";
import { KfdError } from "./error.js";
import type { ClientOptions, RequestOptions } from "./options.js";

export type Query = Record<string, string | number | boolean | undefined | null>;

export interface Call extends RequestOptions {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  query?: Query | undefined;
  body?: unknown;
  /** What the route answers with: JSON (default) or text such as CSV and iCalendar. */
  accept?: "json" | "text/csv" | "text/calendar";
}

/** The URL of an API path, e.g. for a link to an `.ics` file. */
export function urlOf(options: Pick<ClientOptions, "baseUrl">, path: string, query?: Query): string {
  const base = options.baseUrl.replace(/\/+$/, "");
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const qs = search.toString();
  return `${base}${path}${qs ? `?${qs}` : ""}`;
}

/** Encodes one path segment (ids, slugs, cancel tokens). */
export const segment = (value: string): string => encodeURIComponent(value);

export async function request<T>(options: ClientOptions, path: string, call: Call = {}): Promise<T> {
  const accept = call.accept ?? "json";
  const headers: Record<string, string> = {
    accept: accept === "json" ? "application/json, application/problem+json" : `${accept}, application/problem+json`,
    ...options.headers,
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const method = call.method ?? "GET";
  if (options.csrfToken && method !== "GET") headers["x-csrf-token"] = options.csrfToken;
  const init: RequestInit = { method, headers };
  if (call.body !== undefined) {
    headers["content-type"] = "application/json";
    init.body = JSON.stringify(call.body);
  }
  if (call.signal) init.signal = call.signal;

  const fetchImpl = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchImpl(urlOf(options, path, call.query), init);
  } catch (cause) {
    if (call.signal?.aborted) throw cause;
    throw new KfdError({ status: 0, code: "network_error", title: "The API could not be reached", detail: String((cause as Error)?.message ?? cause), cause });
  }

  if (!response.ok) throw await problemOf(response);
  if (response.status === 204) return undefined as T;
  if (accept !== "json") return (await response.text()) as T;
  try {
    return (await response.json()) as T;
  } catch (cause) {
    throw new KfdError({ status: response.status, code: "invalid_response", title: "The API answered with invalid JSON", cause });
  }
}

async function problemOf(response: Response): Promise<KfdError> {
  const type = response.headers.get("content-type") ?? "";
  let body: Record<string, unknown> | undefined;
  if (type.includes("json")) {
    try {
      body = (await response.json()) as Record<string, unknown>;
    } catch {
      body = undefined;
    }
  }
  const text = (key: string) => (typeof body?.[key] === "string" ? (body[key] as string) : undefined);
  return new KfdError({
    status: response.status,
    code: text("code") ?? "http_error",
    title: text("title") ?? (response.statusText || `HTTP ${response.status}`),
    detail: text("detail"),
    fieldErrors: Array.isArray(body?.errors) ? (body.errors as FieldError[]) : [],
    type: text("type"),
    instance: text("instance"),
  });
}
