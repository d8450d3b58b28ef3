/** A `fetch`-compatible function: the platform's, or e.g. `(input, init) => app.request(input, init)` in tests. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response> | Response;

export interface ClientOptions {
  /** Where the API lives, e.g. `https://kfd.example.de` (with or without trailing slash). */
  baseUrl: string;
  /** An API token for admin routes, sent as `Authorization: Bearer …`. */
  token?: string;
  /** Defaults to the global `fetch` (browsers, Node ≥ 18). */
  fetch?: FetchLike;
  /** The staff session's CSRF token (from `signIn`/`getSession`), sent as X-CSRF-Token with every write. */
  csrfToken?: string;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
}

/** Per-call options. */
export interface RequestOptions {
  signal?: AbortSignal;
}
