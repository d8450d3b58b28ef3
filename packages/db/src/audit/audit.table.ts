import type { AuditAction } from "@kfd/domain";
import type { Selectable } from "kysely";

/** Who looked at or erased personal data, and when — never the data itself. */

export interface AuditLogTable {
  id: string;
  /** Orders entries written within one millisecond. */
  seq: number;
  at: string;
  actor_token_id: string;
  actor_label: string;
  action: AuditAction;
  event_id: string | null;
  registration_id: string | null;
  detail: string | null;
}

export type AuditLogRow = Selectable<AuditLogTable>;
