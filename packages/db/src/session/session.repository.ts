import type { Staff } from "@kfd/domain";
import type { KfdDatabase } from "../database.js";
import { hashToken, newSecretToken } from "../shared/secret-token.js";
import { STAFF_COLUMNS, toStaff } from "../staff/staff.mapper.js";

export interface SessionLifetime {
  /** From sign-in to the latest end, whatever the activity. */
  absoluteMs: number;
  /** Without a request for this long, the session ends. */
  idleMs: number;
}

export interface ActiveSession {
  staff: Staff;
  csrfToken: string;
  expiresAt: string;
  idleExpiresAt: string;
}

/** A session is touched at most this often, so that reading pages does not become a write per request. */
const TOUCH_EVERY_MS = 60_000;

const earlier = (a: string, b: string) => (a < b ? a : b);

/** Returns the cookie value once (256 random bits); only its SHA-256 is stored. */
export async function createSession(db: KfdDatabase, staffId: string, lifetime: SessionLifetime, now: Date): Promise<ActiveSession & { sessionId: string }> {
  const sessionId = newSecretToken();
  const csrfToken = newSecretToken();
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + lifetime.absoluteMs).toISOString();
  await db.kysely
    .insertInto("staff_sessions")
    .values({ id_hash: hashToken(sessionId), staff_id: staffId, csrf_token: csrfToken, created_at: at, expires_at: expiresAt, last_seen_at: at })
    .execute();
  await deleteEndedSessions(db, lifetime, now, staffId);
  const staff = await db.kysely.selectFrom("staff").select(STAFF_COLUMNS).where("id", "=", staffId).executeTakeFirstOrThrow();
  return { sessionId, staff: toStaff(staff), csrfToken, expiresAt, idleExpiresAt: earlier(expiresAt, new Date(now.getTime() + lifetime.idleMs).toISOString()) };
}

/** The live session of a cookie value: not expired, not idle too long, its account not disabled. */
export async function findSession(db: KfdDatabase, sessionId: string, lifetime: SessionLifetime, now: Date): Promise<ActiveSession | undefined> {
  const idHash = hashToken(sessionId);
  const row = await db.kysely
    .selectFrom("staff_sessions as s")
    .innerJoin("staff", "staff.id", "s.staff_id")
    .select(STAFF_COLUMNS.map((c) => `staff.${c}` as const))
    .select(["s.csrf_token", "s.expires_at", "s.last_seen_at"])
    .where("s.id_hash", "=", idHash)
    .executeTakeFirst();
  if (!row || row.disabled === 1) return undefined;
  const at = now.toISOString();
  const idleUntil = new Date(Date.parse(row.last_seen_at) + lifetime.idleMs).toISOString();
  if (row.expires_at <= at || idleUntil <= at) return undefined;
  if (now.getTime() - Date.parse(row.last_seen_at) >= TOUCH_EVERY_MS) {
    await db.kysely.updateTable("staff_sessions").set({ last_seen_at: at }).where("id_hash", "=", idHash).execute();
  }
  return {
    staff: toStaff(row),
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
    idleExpiresAt: earlier(row.expires_at, new Date(now.getTime() + lifetime.idleMs).toISOString()),
  };
}

export async function deleteSession(db: KfdDatabase, sessionId: string): Promise<boolean> {
  const result = await db.kysely.deleteFrom("staff_sessions").where("id_hash", "=", hashToken(sessionId)).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Removes sessions past their end (of one account, or all): they can no longer be used, only leak. */
export async function deleteEndedSessions(db: KfdDatabase, lifetime: SessionLifetime, now: Date, staffId?: string): Promise<number> {
  const at = now.toISOString();
  const idleCutoff = new Date(now.getTime() - lifetime.idleMs).toISOString();
  const result = await db.kysely
    .deleteFrom("staff_sessions")
    .where((eb) => eb.or([eb("expires_at", "<=", at), eb("last_seen_at", "<=", idleCutoff)]))
    .$if(staffId !== undefined, (qb) => qb.where("staff_id", "=", staffId!))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
