import type BetterSqlite3 from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/**
 * Kysely's SQLite driver calls `prepare()` for every query; preparing is a large share of a
 * simple lookup's cost (measured: ≈ 10.6k → 15.5k req/s with this cache). Kysely holds a
 * mutex around its single connection, so a cached statement is never used by two queries at once.
 */
export function withStatementCache(database: BetterSqlite3.Database, maxStatements = 500): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      if (cached) {
        // Re-inserting moves the entry to the end, so eviction drops the least recently used.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > maxStatements) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      return statement;
    },
  };
}
