import { Migrator, type Migration } from "kysely";
import type { KfdDatabase } from "../database.js";
import { migrations as allMigrations } from "./migrations.js";

export class MigrationFailedError extends Error {
  override name = "MigrationFailedError";
  readonly migration: string | undefined;
  override readonly cause: unknown;

  constructor(migration: string | undefined, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(migration ? `Migration "${migration}" failed: ${reason}` : `Migrating the database failed: ${reason}`, { cause });
    this.migration = migration;
    this.cause = cause;
  }
}

/** Applies every pending migration; returns the names applied now, throws MigrationFailedError otherwise. */
export async function migrateToLatest(db: KfdDatabase, migrations: Record<string, Migration> = allMigrations): Promise<{ applied: string[] }> {
  const migrator = new Migrator({ db: db.kysely, provider: { getMigrations: async () => migrations } });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) throw new MigrationFailedError(results.find((r) => r.status === "Error")?.migrationName, error);
  return { applied: results.filter((r) => r.status === "Success").map((r) => r.migrationName) };
}
