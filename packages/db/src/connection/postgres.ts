import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database, KfdDatabase } from "../database.js";

export interface PostgresOptions {
  /** Pool size; several API processes share one server, so keep each pool modest. */
  maxConnections?: number;
}

export function openPostgres(url: string, options: PostgresOptions = {}): KfdDatabase {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  // The server may end an idle connection (restart, pg_terminate_backend, DROP DATABASE … FORCE).
  // The pool has already dropped it and opens a new one for the next query; unhandled, this
  // event would end the whole process.
  pool.on("error", () => undefined);
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kysely, dialect: "postgres", close: () => kysely.destroy() };
}
