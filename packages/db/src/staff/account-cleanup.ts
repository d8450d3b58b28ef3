import type { KfdDatabase } from "../database.js";
import { deleteEndedSessions, type SessionLifetime } from "../session/session.repository.js";

/** Used or expired links are kept this long, so that "what happened to my invitation?" can still be answered. */
export const SPENT_LINK_RETENTION_DAYS = 30;

export interface AccountCleanup {
  /** Sessions past their absolute or idle end. */
  sessions: number;
  /** Invitations accepted, withdrawn or expired more than SPENT_LINK_RETENTION_DAYS ago. */
  invitations: number;
  passwordResets: number;
  /** Staff e-mails never sent (no mail server) whose link has expired: expired, their secret dropped. */
  staffMails: number;
}

/**
 * Removes what can no longer sign anyone in and would only leak: ended sessions, long-spent
 * invitation and reset links, and the secrets of staff e-mails that will never go out. Safe to
 * repeat and to run in several processes at once.
 */
export async function cleanUpAccounts(db: KfdDatabase, lifetime: SessionLifetime, now: Date): Promise<AccountCleanup> {
  const at = now.toISOString();
  const cutoff = new Date(now.getTime() - SPENT_LINK_RETENTION_DAYS * 86_400_000).toISOString();
  const sessions = await deleteEndedSessions(db, lifetime, now);
  const invitations = await db.kysely
    .deleteFrom("invitations")
    .where((eb) =>
      eb.or([eb("accepted_at", "<=", cutoff), eb("revoked_at", "<=", cutoff), eb.and([eb("accepted_at", "is", null), eb("revoked_at", "is", null), eb("expires_at", "<=", cutoff)])]),
    )
    .executeTakeFirst();
  const passwordResets = await db.kysely
    .deleteFrom("password_resets")
    .where((eb) => eb.or([eb("used_at", "<=", cutoff), eb("expires_at", "<=", cutoff)]))
    .executeTakeFirst();
  const staffMails = await db.kysely
    .updateTable("outbox")
    .set({ status: "expired", payload: "{}" })
    .where("event_id", "is", null)
    .where("status", "=", "queued")
    .where("discard_after", "<=", at)
    .executeTakeFirst();
  return {
    sessions,
    invitations: Number(invitations.numDeletedRows),
    passwordResets: Number(passwordResets.numDeletedRows),
    staffMails: Number(staffMails.numUpdatedRows),
  };
}
