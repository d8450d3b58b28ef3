import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import type { KfdDatabase } from "../database.js";
import { openDatabase } from "./open-database.js";
import { inWriteTransaction } from "./write-transaction.js";

describe("inWriteTransaction on SQLite (group commit)", () => {
  let dir: string;
  let db: KfdDatabase;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "kfd-write-"));
    db = openDatabase(`file:${join(dir, "kfd.sqlite")}`);
    await sql`create table counter (n integer not null)`.execute(db.kysely);
    await sql`insert into counter (n) values (0)`.execute(db.kysely);
  });
  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const increment = () =>
    inWriteTransaction(db, async (trx) => {
      const { rows } = await sql<{ n: number }>`select n from counter`.execute(trx);
      await sql`update counter set n = ${rows[0]!.n + 1}`.execute(trx);
      return rows[0]!.n + 1;
    });

  it("runs concurrent writes one after another, each seeing the ones before", async () => {
    const results = await Promise.all(Array.from({ length: 200 }, increment));
    expect([...results].sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const { rows } = await sql<{ n: number }>`select n from counter`.execute(db.kysely);
    expect(rows[0]!.n).toBe(200);
  });

  it("undoes only the failing write of a group and rejects only its caller", async () => {
    const failing = inWriteTransaction(db, async (trx) => {
      await sql`update counter set n = n + 1000`.execute(trx);
      throw new Error("refused");
    });
    const outcomes = await Promise.allSettled([increment(), failing, increment()]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const { rows } = await sql<{ n: number }>`select n from counter`.execute(db.kysely);
    expect(rows[0]!.n).toBe(2);
  });

  it("commits writes that arrive in separate callbacks of one event-loop turn together, as HTTP requests do", async () => {
    const other = openDatabase(`file:${join(dir, "kfd.sqlite")}`);
    try {
      // Each request reaches the database from its own socket callback, not from one loop.
      const writes = await new Promise<Promise<number>[]>((resolve) => {
        const started: Promise<number>[] = [];
        for (let i = 0; i < 5; i++) setImmediate(() => started.push(increment()) === 5 && resolve(started));
      });
      await writes[0];
      // Had the first write been committed alone, the others would still be uncommitted here.
      const { rows } = await sql<{ n: number }>`select n from counter`.execute(other.kysely);
      expect(rows[0]!.n).toBe(5);
      expect(await Promise.all(writes)).toEqual([1, 2, 3, 4, 5]);
    } finally {
      await other.close();
    }
  });

  it("settles a caller only once its write is committed and visible to a second handle", async () => {
    const other = openDatabase(`file:${join(dir, "kfd.sqlite")}`);
    try {
      const n = await increment();
      const { rows } = await sql<{ n: number }>`select n from counter`.execute(other.kysely);
      expect(rows[0]!.n).toBe(n);
    } finally {
      await other.close();
    }
  });
});
