import type { Role } from "@kfd/domain";
import type { ColumnType, Selectable } from "kysely";

export interface InvitationTable {
  id: string;
  /** SHA-256 of the link's secret, which is shown once. */
  token_hash: string;
  email: string;
  name: string;
  role: Role;
  /** JSON string[] */
  municipality_ags: string;
  invited_by: string;
  created_at: ColumnType<string, string, never>;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
  staff_id: string | null;
}

export type InvitationRow = Selectable<InvitationTable>;
