import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database, KfdDatabase } from "../database.js";
import { withStatementCache } from "./statement-cache.js";

/** How long a writer waits for another process's write lock before giving up with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 15_000;

/** `file:./data/kfd.sqlite` → `./data/kfd.sqlite` (resolved against the working directory). */
export function sqlitePathOf(url: string): string {
  const path = url.replace(/^file:(\/\/)?/, "");
  return path === ":memory:" ? path : resolve(path);
}

export function openSqlite(url: string): KfdDatabase {
  const path = sqlitePathOf(url);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const database = new BetterSqlite3(path);
  database.pragma("journal_mode = WAL");
  // NORMAL may lose the last commits on power loss; a registration answered 201 must survive.
  database.pragma("synchronous = FULL");
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  database.pragma("foreign_keys = ON");
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  const db: KfdDatabase = { kysely, dialect: "sqlite", close: () => kysely.destroy() };
  // Every in-memory database is its own; only handles on one file share a write lock.
  sqliteFiles.set(db, path === ":memory:" ? `:memory:${crypto.randomUUID()}` : path);
  return db;
}

const sqliteFiles = new WeakMap<KfdDatabase, string>();

/** The file a SQLite handle writes to: the key of its in-process write lock. */
export function sqliteFileOf(db: KfdDatabase): string {
  const file = sqliteFiles.get(db);
  if (file === undefined) throw new Error("Not a SQLite handle opened by openDatabase()");
  return file;
}
