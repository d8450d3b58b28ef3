import type { KfdDatabase } from "../database.js";
import { openPostgres, type PostgresOptions } from "./postgres.js";
import { openSqlite } from "./sqlite.js";

export const DEFAULT_DATABASE_URL = "file:./data/kfd.sqlite";

/** One factory, two dialects: `file:…` opens SQLite, `postgres://…` a PostgreSQL pool. */
export function openDatabase(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, options: PostgresOptions = {}): KfdDatabase {
  if (url.startsWith("file:")) return openSqlite(url);
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url, options);
  throw new Error(`Unsupported DATABASE_URL "${redact(url)}": use file:… (SQLite) or postgres://… (PostgreSQL)`);
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, "//***@");
}
