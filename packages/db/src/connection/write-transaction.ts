import { sql, type Kysely } from "kysely";
import type { Database, KfdDatabase } from "../database.js";
import { withFileWriteLock } from "./file-write-lock.js";
import { sqliteFileOf } from "./sqlite.js";

/**
 * Runs `work` in a transaction that may write. On SQLite it takes the write lock up front
 * (BEGIN IMMEDIATE): with a plain BEGIN two processes on one file could both read a seat
 * counter before either writes. On PostgreSQL the caller locks the rows it decides on
 * (`lockEvent`: SELECT … FOR UPDATE), which is finer-grained than a database-wide lock.
 */
export async function inWriteTransaction<T>(db: KfdDatabase, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.dialect === "postgres") return db.kysely.transaction().execute(work);
  return withFileWriteLock(sqliteFileOf(db), () => immediateTransaction(db, work));
}

function immediateTransaction<T>(db: KfdDatabase, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.kysely.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await work(connection);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      // After a failed COMMIT the transaction may or may not be open; a rollback error must not hide the cause.
      await sql`rollback`.execute(connection).catch(() => undefined);
      throw error;
    }
  });
}
