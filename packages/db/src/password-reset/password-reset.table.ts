import type { ColumnType, Selectable } from "kysely";

export interface PasswordResetTable {
  id: string;
  /** SHA-256 of the link's secret, which only the e-mail carries. */
  token_hash: string;
  staff_id: string;
  created_at: ColumnType<string, string, never>;
  expires_at: string;
  used_at: string | null;
}

export type PasswordResetRow = Selectable<PasswordResetTable>;
