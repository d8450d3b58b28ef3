import type { ClientOptions, RequestOptions } from "../options.js";
import { request } from "../request.js";

export interface Health {
  status: "ok";
  database: "sqlite" | "postgres";
}

/** Whether the server and its database answer (a `KfdError` with status 503 if the database does not). */
export function getHealth(options: ClientOptions, call?: RequestOptions): Promise<Health> {
  return request(options, "/health", call);
}
