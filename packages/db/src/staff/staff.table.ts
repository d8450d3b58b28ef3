import type { Role } from "@kfd/domain";
import type { ColumnType, Selectable } from "kysely";

export interface StaffTable {
  id: string;
  /** Trimmed and lower-cased, unique: one account per address however it is typed. */
  email: string;
  name: string;
  /** scrypt$N$r$p$salt$hash (base64url); never the password. */
  password_hash: string;
  role: Role;
  /** JSON string[] */
  municipality_ags: string;
  disabled: number;
  created_at: ColumnType<string, string, never>;
  updated_at: string;
  last_sign_in_at: string | null;
}

export type StaffRow = Selectable<StaffTable>;
