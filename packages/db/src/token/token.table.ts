import type { Role } from "@kfd/domain";
import type { ColumnType, Selectable } from "kysely";

export interface ApiTokenTable {
  id: string;
  /** SHA-256 (hex) of the bearer token; the token itself is shown once and never stored. */
  token_hash: string;
  role: Role;
  /** JSON string[] */
  municipality_ags: string;
  label: string;
  created_at: ColumnType<string, string, never>;
  revoked_at: string | null;
}

export type ApiTokenRow = Selectable<ApiTokenTable>;
