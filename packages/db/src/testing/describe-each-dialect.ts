import { afterAll, beforeAll, describe } from "vitest";
import type { Dialect } from "../database.js";
import { createTestDatabase, postgresAvailable, postgresRequired, type TestDatabase, type TestDatabaseOptions } from "./test-database.js";

const postgres = await postgresAvailable();
const skipPostgres = postgres !== true && !postgresRequired();
if (skipPostgres) {
  console.warn(
    `\n!!! PostgreSQL NOT TESTED: ${postgres}\n!!! Start PostgreSQL on 127.0.0.1:5432 (or set KFD_TEST_POSTGRES_URL); KFD_REQUIRE_POSTGRES=1 makes this an error.\n`,
  );
}

/**
 * Runs one suite against both dialects, each on a fresh database that is removed afterwards.
 * `context()` hands out the live TestDatabase inside tests and hooks.
 */
export function describeEachDialect(name: string, suite: (context: () => TestDatabase, dialect: Dialect) => void, options: TestDatabaseOptions = {}): void {
  for (const dialect of ["sqlite", "postgres"] as const) {
    describe.skipIf(dialect === "postgres" && skipPostgres)(`${name} [${dialect}]`, () => {
      let current: TestDatabase | undefined;
      beforeAll(async () => {
        current = await createTestDatabase(dialect, options);
      });
      afterAll(async () => {
        await current?.cleanup();
      });
      suite(() => {
        if (!current) throw new Error(`The ${dialect} test database was not created`);
        return current;
      }, dialect);
    });
  }
}
