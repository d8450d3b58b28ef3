import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./open-database.js";

describe("openDatabase (SQLite)", async () => {
  const folder = await mkdtemp(join(tmpdir(), "kfd-open-"));
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it("creates the folder and opens the file with durable, concurrent-safe settings", async () => {
    const file = join(folder, "nested", "deeper", "kfd.sqlite");
    const db = openDatabase(`file:${file}`);
    try {
      expect(db.dialect).toBe("sqlite");
      const pragma = async (name: string) => Object.values((await sql.raw(`pragma ${name}`).execute(db.kysely)).rows[0] as object)[0];
      expect(await pragma("journal_mode")).toBe("wal");
      // 2 = FULL: a commit is on disk before the caller hears of it.
      expect(await pragma("synchronous")).toBe(2);
      expect(await pragma("foreign_keys")).toBe(1);
      expect(Number(await pragma("busy_timeout"))).toBeGreaterThanOrEqual(5_000);
      expect(existsSync(file)).toBe(true);
    } finally {
      await db.close();
    }
  });

  it("refuses a URL of no known dialect without echoing credentials", () => {
    expect(() => openDatabase("mysql://admin:secret@db/kfd")).toThrow(/Unsupported DATABASE_URL/);
    expect(() => openDatabase("mysql://admin:secret@db/kfd")).not.toThrow(/secret/);
  });
});
