import type { Kysely } from "kysely";
import type { Database, Dialect } from "../database.js";
import type { EventRow } from "./event.table.js";

/**
 * Reads the event row that every seat decision is taken on, and holds it until the
 * transaction ends: on PostgreSQL with FOR UPDATE; on SQLite the transaction already holds
 * the database's write lock (BEGIN IMMEDIATE), and SQLite has no FOR UPDATE.
 */
export function lockEvent(trx: Kysely<Database>, dialect: Dialect, eventId: string): Promise<EventRow | undefined> {
  return trx
    .selectFrom("events")
    .selectAll()
    .where("id", "=", eventId)
    .$if(dialect === "postgres", (qb) => qb.forUpdate())
    .executeTakeFirst();
}
