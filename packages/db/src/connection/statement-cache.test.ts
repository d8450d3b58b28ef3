import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { withStatementCache } from "./statement-cache.js";

describe("withStatementCache", () => {
  const raw = new BetterSqlite3(":memory:");

  it("prepares a statement once and hands the same one back", () => {
    const db = withStatementCache(raw);
    const first = db.prepare("select 1 as one");
    expect(db.prepare("select 1 as one")).toBe(first);
    expect(first.all([])).toEqual([{ one: 1 }]);
  });

  it("stays bounded, evicting the least recently used statement", () => {
    const db = withStatementCache(raw, 2);
    const a = db.prepare("select 'a'");
    const b = db.prepare("select 'b'");
    expect(db.prepare("select 'a'")).toBe(a);
    db.prepare("select 'c'");
    expect(db.prepare("select 'a'")).toBe(a);
    expect(db.prepare("select 'b'")).not.toBe(b);
  });
});
