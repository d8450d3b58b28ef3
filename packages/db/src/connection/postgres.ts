import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database, KfdDatabase } from "../database.js";

export interface PostgresOptions {
  /** Pool size; several API processes share one server, so keep each pool modest. */
  maxConnections?: number;
}

export function openPostgres(url: string, options: PostgresOptions = {}): KfdDatabase {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kysely, dialect: "postgres", close: () => kysely.destroy() };
}
