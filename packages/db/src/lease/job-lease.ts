import type { KfdDatabase } from "../database.js";

/**
 * A named lease with an expiry, taken by a conditional UPDATE: of several processes on one
 * database, exactly one sees its UPDATE change the row. It works alike on SQLite and
 * PostgreSQL (no advisory locks), and a holder that dies frees the lease when it expires.
 */
export async function tryTakeLease(db: KfdDatabase, name: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
  const at = now.toISOString();
  await db.kysely
    .insertInto("job_leases")
    .values({ name, holder: null, expires_at: at })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const taken = await db.kysely
    .updateTable("job_leases")
    .set({ holder, expires_at: new Date(now.getTime() + ttlMs).toISOString() })
    .where("name", "=", name)
    .where((eb) => eb.or([eb("expires_at", "<=", at), eb("holder", "=", holder)]))
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1;
}

/** Gives the lease up early, so the next run (of any process) need not wait for the expiry. */
export async function releaseLease(db: KfdDatabase, name: string, holder: string, now: Date): Promise<void> {
  await db.kysely.updateTable("job_leases").set({ holder: null, expires_at: now.toISOString() }).where("name", "=", name).where("holder", "=", holder).execute();
}
