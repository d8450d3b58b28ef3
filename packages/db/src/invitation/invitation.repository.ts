import { INVITATION_VALID_DAYS, invitationState, type Invitation, type InvitationPreview, type Role, type Staff } from "@kfd/domain";
import { inWriteTransaction } from "../connection/write-transaction.js";
import type { KfdDatabase } from "../database.js";
import { queueStaffMail } from "../outbox/queue-mail.js";
import { normaliseEmail } from "../registration/registration.mapper.js";
import { fromJson, toJson } from "../shared/columns.js";
import { hashToken, newSecretToken } from "../shared/secret-token.js";
import { isUniqueViolation } from "../shared/unique-violation.js";
import { toStaff } from "../staff/staff.mapper.js";
import { staffRow } from "../staff/staff.repository.js";
import type { InvitationRow } from "./invitation.table.js";

function toInvitation(row: InvitationRow, now: Date): Invitation {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    municipalityAgs: fromJson<string[]>(row.municipality_ags),
    invitedBy: row.invited_by,
    state: invitationState({ acceptedAt: row.accepted_at, revokedAt: row.revoked_at, expiresAt: row.expires_at }, now),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
  };
}

export interface NewInvitation {
  email: string;
  name: string;
  role: Role;
  municipalityAgs: readonly string[];
  /** Who invited (the inviting principal's label), kept for the staff list. */
  invitedBy: string;
}

/**
 * The link's secret is returned once; only its hash is stored. The e-mail to the invited person
 * is queued in the same transaction, so an invitation never exists without its message.
 */
export async function createInvitation(db: KfdDatabase, input: NewInvitation, now: Date): Promise<{ invitation: Invitation; token: string }> {
  const token = newSecretToken();
  const municipalityAgs = [...new Set(input.municipalityAgs)];
  const row: InvitationRow = {
    id: crypto.randomUUID(),
    token_hash: hashToken(token),
    email: normaliseEmail(input.email),
    name: input.name.trim(),
    role: input.role,
    municipality_ags: toJson(municipalityAgs),
    invited_by: input.invitedBy,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + INVITATION_VALID_DAYS * 86_400_000).toISOString(),
    accepted_at: null,
    revoked_at: null,
    staff_id: null,
  };
  await inWriteTransaction(db, async (trx) => {
    await trx.insertInto("invitations").values(row).execute();
    const municipalities =
      municipalityAgs.length === 0 ? [] : await trx.selectFrom("municipalities").select("name").where("ags", "in", municipalityAgs).orderBy("name").execute();
    await queueStaffMail(
      trx,
      "staff-invitation",
      {
        recipientEmail: row.email,
        recipientName: row.name,
        payload: { accountToken: token, expiresAt: row.expires_at, invitedBy: row.invited_by, role: row.role, municipalityNames: municipalities.map((m) => m.name) },
      },
      now,
    );
  });
  return { invitation: toInvitation(row, now), token };
}

export async function listInvitations(db: KfdDatabase, now: Date): Promise<Invitation[]> {
  const rows = await db.kysely.selectFrom("invitations").selectAll().orderBy("created_at", "desc").orderBy("id").execute();
  return rows.map((row) => toInvitation(row, now));
}

/** What the accept page shows; only for an invitation that can still be accepted. */
export async function findPendingInvitation(db: KfdDatabase, token: string, now: Date): Promise<InvitationPreview | undefined> {
  const row = await db.kysely.selectFrom("invitations").selectAll().where("token_hash", "=", hashToken(token)).executeTakeFirst();
  if (!row || toInvitation(row, now).state !== "pending") return undefined;
  return { email: row.email, name: row.name, role: row.role, municipalityAgs: fromJson<string[]>(row.municipality_ags), expiresAt: row.expires_at };
}

/** True if the invitation was pending and is now withdrawn. */
export async function revokeInvitation(db: KfdDatabase, id: string, now: Date): Promise<boolean> {
  const result = await db.kysely
    .updateTable("invitations")
    .set({ revoked_at: now.toISOString() })
    .where("id", "=", id)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export type AcceptOutcome =
  | { kind: "accepted"; staff: Staff }
  | { kind: "unknown" }
  | { kind: "expired" }
  | { kind: "revoked" }
  | { kind: "used" }
  | { kind: "email-taken" };

/**
 * Turns a pending invitation into an account, once: the invitation is claimed with a
 * conditional UPDATE in the same transaction that creates the account, so two clicks (or two
 * processes) cannot both succeed and an account never exists without its used invitation.
 */
export async function acceptInvitation(db: KfdDatabase, token: string, input: { name?: string | undefined; passwordHash: string }, now: Date): Promise<AcceptOutcome> {
  const tokenHash = hashToken(token);
  const at = now.toISOString();
  try {
    return await inWriteTransaction(db, async (trx): Promise<AcceptOutcome> => {
      const row = await trx.selectFrom("invitations").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
      if (!row) return { kind: "unknown" };
      const claimed = await trx
        .updateTable("invitations")
        .set({ accepted_at: at })
        .where("id", "=", row.id)
        .where("accepted_at", "is", null)
        .where("revoked_at", "is", null)
        .where("expires_at", ">", at)
        .executeTakeFirst();
      if (claimed.numUpdatedRows === 0n) {
        const state = invitationState({ acceptedAt: row.accepted_at, revokedAt: row.revoked_at, expiresAt: row.expires_at }, now);
        return { kind: state === "accepted" || state === "pending" ? "used" : state };
      }
      const staff = staffRow(
        { email: row.email, name: input.name?.trim() || row.name, role: row.role, municipalityAgs: fromJson<string[]>(row.municipality_ags), passwordHash: input.passwordHash },
        now,
      );
      await trx.insertInto("staff").values(staff).execute();
      await trx.updateTable("invitations").set({ staff_id: staff.id }).where("id", "=", row.id).execute();
      return { kind: "accepted", staff: toStaff(staff) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: "email-taken" };
    throw error;
  }
}
