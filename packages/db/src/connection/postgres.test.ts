import { sql } from "kysely";
import pg from "pg";
import { expect, it } from "vitest";
import { describeEachDialect } from "../testing/describe-each-dialect.js";

describeEachDialect("PostgreSQL pool", (context, dialect) => {
  it.runIf(dialect === "postgres")("survives the server ending an idle connection and answers the next query", async () => {
    const { db, url } = context();
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db.kysely);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query("select pg_terminate_backend($1)", [rows[0]!.pid]);
    } finally {
      await admin.end();
    }
    // Give the pool time to receive the termination of its idle connection.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = await sql<{ one: number }>`select 1 as one`.execute(db.kysely);
    expect(after.rows).toEqual([{ one: 1 }]);
  });
});
