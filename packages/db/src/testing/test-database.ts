import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openDatabase } from "../connection/open-database.js";
import type { Dialect, KfdDatabase } from "../database.js";
import { migrateToLatest } from "../migrations/migrate.js";

export const DEFAULT_TEST_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres";

/** The server tests create their databases on: KFD_TEST_POSTGRES_URL, else the local default. */
export function testPostgresBaseUrl(): string {
  return process.env.KFD_TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;
}

/** Whether PostgreSQL must be tested (CI): then an unreachable server fails the tests instead of skipping them. */
export function postgresRequired(): boolean {
  return process.env.KFD_REQUIRE_POSTGRES === "1";
}

/** Resolves to true if the test server answers, else to the reason it does not. */
export async function postgresAvailable(): Promise<true | string> {
  const client = new pg.Client({ connectionString: testPostgresBaseUrl(), connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface TestDatabase {
  db: KfdDatabase;
  /** Opens further handles (another process, another pool) on the same database. */
  url: string;
  /** Closes the handle and removes the file or drops the database. */
  cleanup(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Apply all migrations before handing the database out (default true). */
  migrate?: boolean;
  /** Pool size on PostgreSQL. */
  maxConnections?: number;
}

/** A fresh, empty database per call: a SQLite file in a temp folder, or a new PostgreSQL database. */
export async function createTestDatabase(dialect: Dialect, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const fresh = dialect === "sqlite" ? await freshSqlite() : await freshPostgres();
  const db = openDatabase(fresh.url, { maxConnections: options.maxConnections ?? 10 });
  if (options.migrate ?? true) await migrateToLatest(db);
  let closed = false;
  return {
    db,
    url: fresh.url,
    async cleanup() {
      if (!closed) await db.close();
      closed = true;
      await fresh.remove();
    },
  };
}

async function freshSqlite(): Promise<{ url: string; remove(): Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), "kfd-db-"));
  return { url: `file:${join(folder, "kfd.sqlite")}`, remove: () => rm(folder, { recursive: true, force: true }) };
}

async function freshPostgres(): Promise<{ url: string; remove(): Promise<void> }> {
  const base = testPostgresBaseUrl();
  const name = `kfd_test_${process.pid}_${crypto.randomUUID().slice(0, 8)}`;
  await withAdminClient(base, (client) => client.query(`create database ${name}`));
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // WITH (FORCE) ends connections a crashed test left open (PostgreSQL 13+).
    remove: async () => {
      await withAdminClient(base, (client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
