import type { KfdDatabase } from "@kfd/db";
import type { Hono } from "hono";
import type { AppEnv } from "./app-env.js";
import type { Config } from "./config.js";
import type { EventContexts } from "./event/event-contexts.js";
import type { RouteRegistry } from "./openapi/route-registry.js";
import type { ReadCache } from "./read-model/read-cache.js";

/** What every route module gets: the database, the clock and the process-local caches. */
export interface AppServices {
  app: Hono<AppEnv>;
  db: KfdDatabase;
  config: Config;
  now: () => Date;
  routes: RouteRegistry;
  readCache: ReadCache;
  eventContexts: EventContexts;
}
