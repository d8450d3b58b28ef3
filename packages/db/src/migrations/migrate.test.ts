import { sql, type Kysely, type Migration } from "kysely";
import { expect, it } from "vitest";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { MigrationFailedError, migrateToLatest } from "./migrate.js";
import { migrations } from "./migrations.js";

const broken: Migration = {
  async up(db: Kysely<any>) {
    await sql`create table broken_on_purpose (id text primary key)`.execute(db);
    await sql`insert into no_such_table (id) values ('x')`.execute(db);
  },
};

describeEachDialect(
  "migrateToLatest",
  (context) => {
    it("applies every migration to a fresh database", async () => {
      const { applied } = await migrateToLatest(context().db);
      expect(applied).toEqual(Object.keys(migrations));
      const tables = await context().db.kysely.introspection.getTables();
      expect(tables.map((t) => t.name)).toEqual(
        expect.arrayContaining(["municipalities", "dialogues", "events", "registrations", "results", "working_groups", "measures", "measure_history", "api_tokens"]),
      );
    });

    it("applies nothing the second time", async () => {
      expect(await migrateToLatest(context().db)).toEqual({ applied: [] });
    });

    it("throws MigrationFailedError naming the failed migration and its cause", async () => {
      const failing = migrateToLatest(context().db, { ...migrations, "2099-01-01T0000-broken": broken });
      await expect(failing).rejects.toBeInstanceOf(MigrationFailedError);
      const error = (await failing.catch((e: unknown) => e)) as MigrationFailedError;
      expect(error.migration).toBe("2099-01-01T0000-broken");
      expect(error.message).toContain("2099-01-01T0000-broken");
      expect(error.message).toMatch(/no_such_table/);
      expect(error.cause).toBeInstanceOf(Error);
    });

    it("does not record the failed migration as applied", async () => {
      const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(context().db.kysely);
      expect(rows.rows.map((r) => r.name)).toEqual(Object.keys(migrations));
    });
  },
  { migrate: false },
);
