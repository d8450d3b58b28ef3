import { PASSWORD_RESET_VALID_MINUTES, type PasswordResetPreview, type Staff } from "@kfd/domain";
import { inWriteTransaction } from "../connection/write-transaction.js";
import type { KfdDatabase } from "../database.js";
import { queueStaffMail } from "../outbox/queue-mail.js";
import { normaliseEmail } from "../registration/registration.mapper.js";
import { hashToken, newSecretToken } from "../shared/secret-token.js";
import { STAFF_COLUMNS, toStaff } from "../staff/staff.mapper.js";

/**
 * For an active account: a new one-time link, valid for an hour, and the e-mail that carries
 * it, in one transaction; earlier open links of the account stop working. Undefined for an
 * unknown or disabled address — the caller must answer both alike.
 */
export async function requestPasswordReset(db: KfdDatabase, email: string, now: Date): Promise<{ token: string; expiresAt: string } | undefined> {
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_VALID_MINUTES * 60_000).toISOString();
  return inWriteTransaction(db, async (trx) => {
    const staff = await trx.selectFrom("staff").select(["id", "email", "name", "disabled"]).where("email", "=", normaliseEmail(email)).executeTakeFirst();
    if (!staff || staff.disabled === 1) return undefined;
    await trx.deleteFrom("password_resets").where("staff_id", "=", staff.id).where("used_at", "is", null).execute();
    await trx
      .insertInto("password_resets")
      .values({ id: crypto.randomUUID(), token_hash: hashToken(token), staff_id: staff.id, created_at: now.toISOString(), expires_at: expiresAt, used_at: null })
      .execute();
    await queueStaffMail(trx, "password-reset", { recipientEmail: staff.email, recipientName: staff.name, payload: { accountToken: token, expiresAt } }, now);
    return { token, expiresAt };
  });
}

/** What the reset page shows; only for a link that can still be used, of an account that is not disabled. */
export async function findPasswordReset(db: KfdDatabase, token: string, now: Date): Promise<PasswordResetPreview | undefined> {
  const row = await db.kysely
    .selectFrom("password_resets as r")
    .innerJoin("staff", "staff.id", "r.staff_id")
    .select(["staff.email", "r.expires_at"])
    .where("r.token_hash", "=", hashToken(token))
    .where("r.used_at", "is", null)
    .where("r.expires_at", ">", now.toISOString())
    .where("staff.disabled", "=", 0)
    .executeTakeFirst();
  return row && { email: row.email, expiresAt: row.expires_at };
}

export type ResetOutcome = { kind: "reset"; staff: Staff } | { kind: "unknown" } | { kind: "expired" } | { kind: "used" };

/**
 * Sets the new password, once per link: the link is claimed with a conditional UPDATE in the
 * transaction that changes the password and ends every session of the account, so whoever
 * was signed in with the old password is out at once.
 */
export async function resetPassword(db: KfdDatabase, token: string, passwordHash: string, now: Date): Promise<ResetOutcome> {
  const at = now.toISOString();
  return inWriteTransaction(db, async (trx): Promise<ResetOutcome> => {
    const row = await trx
      .selectFrom("password_resets as r")
      .innerJoin("staff", "staff.id", "r.staff_id")
      .select(["r.id", "r.staff_id", "r.used_at", "r.expires_at", "staff.disabled"])
      .where("r.token_hash", "=", hashToken(token))
      .executeTakeFirst();
    if (!row || row.disabled === 1) return { kind: "unknown" };
    const claimed = await trx
      .updateTable("password_resets")
      .set({ used_at: at })
      .where("id", "=", row.id)
      .where("used_at", "is", null)
      .where("expires_at", ">", at)
      .executeTakeFirst();
    // Read as unused, yet not claimed: a simultaneous reset with the same link won.
    if (claimed.numUpdatedRows === 0n) return { kind: row.used_at || row.expires_at > at ? "used" : "expired" };
    await trx.updateTable("staff").set({ password_hash: passwordHash, updated_at: at }).where("id", "=", row.staff_id).execute();
    await trx.deleteFrom("staff_sessions").where("staff_id", "=", row.staff_id).execute();
    const staff = await trx.selectFrom("staff").select(STAFF_COLUMNS).where("id", "=", row.staff_id).executeTakeFirstOrThrow();
    return { kind: "reset", staff: toStaff(staff) };
  });
}
