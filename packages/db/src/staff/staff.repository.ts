import type { Role, Staff } from "@kfd/domain";
import { inWriteTransaction } from "../connection/write-transaction.js";
import type { KfdDatabase } from "../database.js";
import { normaliseEmail } from "../registration/registration.mapper.js";
import { toFlag, toJson } from "../shared/columns.js";
import { EmailTakenError } from "../shared/errors.js";
import { isUniqueViolation } from "../shared/unique-violation.js";
import { verifyAgainstDecoy, verifyPassword } from "./password-hash.js";
import { STAFF_COLUMNS, toStaff } from "./staff.mapper.js";

export interface NewStaff {
  email: string;
  name: string;
  role: Role;
  municipalityAgs: readonly string[];
  /** From hashPassword(): hashing is slow and must not run inside a write transaction. */
  passwordHash: string;
}

export function staffRow(input: NewStaff, now: Date) {
  const at = now.toISOString();
  return {
    id: crypto.randomUUID(),
    email: normaliseEmail(input.email),
    name: input.name.trim(),
    password_hash: input.passwordHash,
    role: input.role,
    municipality_ags: toJson([...new Set(input.municipalityAgs)]),
    disabled: 0,
    created_at: at,
    updated_at: at,
    last_sign_in_at: null,
  };
}

/** Throws EmailTakenError when the (normalised) address already has an account. */
export async function createStaff(db: KfdDatabase, input: NewStaff, now: Date): Promise<Staff> {
  const row = staffRow(input, now);
  try {
    await db.kysely.insertInto("staff").values(row).execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError(row.email);
    throw error;
  }
  return toStaff(row);
}

export async function findStaff(db: KfdDatabase, id: string): Promise<Staff | undefined> {
  const row = await db.kysely.selectFrom("staff").select(STAFF_COLUMNS).where("id", "=", id).executeTakeFirst();
  return row && toStaff(row);
}

export async function findStaffByEmail(db: KfdDatabase, email: string): Promise<Staff | undefined> {
  const row = await db.kysely.selectFrom("staff").select(STAFF_COLUMNS).where("email", "=", normaliseEmail(email)).executeTakeFirst();
  return row && toStaff(row);
}

export async function listStaff(db: KfdDatabase): Promise<Staff[]> {
  const rows = await db.kysely.selectFrom("staff").select(STAFF_COLUMNS).orderBy("email").execute();
  return rows.map(toStaff);
}

export interface StaffPatch {
  name?: string | undefined;
  role?: Role | undefined;
  municipalityAgs?: readonly string[] | undefined;
  disabled?: boolean | undefined;
}

/** Disabling an account ends its sessions in the same transaction: it is out at once, in every process. */
export async function updateStaff(db: KfdDatabase, id: string, patch: StaffPatch, now: Date): Promise<Staff | undefined> {
  const found = await inWriteTransaction(db, async (trx) => {
    const result = await trx
      .updateTable("staff")
      .set({
        ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
        ...(patch.role !== undefined ? { role: patch.role } : {}),
        ...(patch.municipalityAgs !== undefined ? { municipality_ags: toJson([...new Set(patch.municipalityAgs)]) } : {}),
        ...(patch.disabled !== undefined ? { disabled: toFlag(patch.disabled) } : {}),
        updated_at: now.toISOString(),
      })
      .where("id", "=", id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) return false;
    if (patch.disabled === true) await trx.deleteFrom("staff_sessions").where("staff_id", "=", id).execute();
    return true;
  });
  return found ? findStaff(db, id) : undefined;
}

/**
 * The account these credentials belong to, or undefined — for an unknown address, a wrong
 * password and a disabled account alike, after the same amount of work.
 */
export async function verifyStaffCredentials(db: KfdDatabase, email: string, password: string, now: Date): Promise<Staff | undefined> {
  const row = await db.kysely
    .selectFrom("staff")
    .select([...STAFF_COLUMNS, "password_hash"])
    .where("email", "=", normaliseEmail(email))
    .executeTakeFirst();
  if (!row) return verifyAgainstDecoy(password).then(() => undefined);
  const valid = await verifyPassword(password, row.password_hash);
  if (!valid || row.disabled === 1) return undefined;
  const at = now.toISOString();
  await db.kysely.updateTable("staff").set({ last_sign_in_at: at }).where("id", "=", row.id).execute();
  return toStaff({ ...row, last_sign_in_at: at });
}
