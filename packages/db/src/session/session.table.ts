import type { ColumnType } from "kysely";

export interface StaffSessionTable {
  /** SHA-256 of the cookie's value: a leaked table does not sign anyone in. */
  id_hash: string;
  staff_id: string;
  /** The synchronizer token cookie-authenticated writes must echo; useless without the cookie. */
  csrf_token: string;
  created_at: ColumnType<string, string, never>;
  expires_at: string;
  last_seen_at: string;
}

/** Failed sign-ins per key ("account:<email>" or "address:<ip>"), shared by every server process. */
export interface SignInFailureTable {
  key: string;
  failures: number;
  blocked_until: string | null;
  updated_at: string;
}
