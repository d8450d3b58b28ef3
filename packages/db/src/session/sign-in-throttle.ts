import { SIGN_IN_FAILURE_MEMORY_HOURS, signInWaitSeconds } from "@kfd/domain";
import { sql } from "kysely";
import type { KfdDatabase } from "../database.js";

/**
 * The latest time until which any of these keys is blocked, if that is still ahead. Kept in
 * the database so that every server process refuses the same attempts.
 */
export async function signInBlockedUntil(db: KfdDatabase, keys: readonly string[], now: Date): Promise<Date | undefined> {
  const row = await db.kysely
    .selectFrom("sign_in_failures")
    .select((eb) => eb.fn.max("blocked_until").as("until"))
    .where("key", "in", [...keys])
    .where("blocked_until", ">", now.toISOString())
    .executeTakeFirst();
  return row?.until ? new Date(row.until) : undefined;
}

/** Counts one more failure (atomically, also across processes) and blocks the key as long as the rule says. */
export async function recordSignInFailure(db: KfdDatabase, key: string, freeFailures: number, now: Date): Promise<{ failures: number; blockedUntil: Date | undefined }> {
  const at = now.toISOString();
  const forgetBefore = new Date(now.getTime() - SIGN_IN_FAILURE_MEMORY_HOURS * 3_600_000).toISOString();
  const { failures } = await db.kysely
    .insertInto("sign_in_failures")
    .values({ key, failures: 1, blocked_until: null, updated_at: at })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        failures: sql<number>`case when sign_in_failures.updated_at < ${forgetBefore} then 1 else sign_in_failures.failures + 1 end`,
        updated_at: at,
      }),
    )
    .returning("failures")
    .executeTakeFirstOrThrow();
  const wait = signInWaitSeconds(Number(failures), freeFailures);
  if (wait === 0) return { failures: Number(failures), blockedUntil: undefined };
  const blockedUntil = new Date(now.getTime() + wait * 1000);
  const until = blockedUntil.toISOString();
  // Two failures settling out of order must not shorten the block.
  await db.kysely
    .updateTable("sign_in_failures")
    .set({ blocked_until: until })
    .where("key", "=", key)
    .where((eb) => eb.or([eb("blocked_until", "is", null), eb("blocked_until", "<", until)]))
    .execute();
  return { failures: Number(failures), blockedUntil };
}

export async function clearSignInFailures(db: KfdDatabase, key: string): Promise<void> {
  await db.kysely.deleteFrom("sign_in_failures").where("key", "=", key).execute();
}
