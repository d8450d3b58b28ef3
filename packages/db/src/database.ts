import type { Kysely } from "kysely";
import type { DialogueTable } from "./dialogue/dialogue.table.js";
import type { EventTable } from "./event/event.table.js";
import type { MeasureHistoryTable, MeasureTable } from "./measure/measure.table.js";
import type { MunicipalityTable } from "./municipality/municipality.table.js";
import type { RegistrationTable } from "./registration/registration.table.js";
import type { ResultTable } from "./result/result.table.js";
import type { ApiTokenTable } from "./token/token.table.js";
import type { AuditLogTable } from "./audit/audit.table.js";
import type { JobLeaseTable } from "./lease/lease.table.js";
import type { OutboxTable } from "./outbox/outbox.table.js";
import type { EventLifecycleColumns, RegistrationErasureColumns } from "./retention/erasure-columns.js";
import type { WorkingGroupTable } from "./working-group/working-group.table.js";
import type { InvitationTable } from "./invitation/invitation.table.js";
import type { PasswordResetTable } from "./password-reset/password-reset.table.js";
import type { ChecklistItemTable, DialoguePreparationTable, MilestoneTable } from "./preparation/preparation.table.js";
import type { SignInFailureTable, StaffSessionTable } from "./session/session.table.js";
import type { StaffTable } from "./staff/staff.table.js";

export interface Database {
  municipalities: MunicipalityTable;
  dialogues: DialogueTable;
  events: EventTable & EventLifecycleColumns;
  registrations: RegistrationTable & RegistrationErasureColumns;
  results: ResultTable;
  working_groups: WorkingGroupTable;
  measures: MeasureTable;
  measure_history: MeasureHistoryTable;
  api_tokens: ApiTokenTable;
  outbox: OutboxTable;
  audit_log: AuditLogTable;
  job_leases: JobLeaseTable;
  staff: StaffTable;
  staff_sessions: StaffSessionTable;
  sign_in_failures: SignInFailureTable;
  invitations: InvitationTable;
  password_resets: PasswordResetTable;
  dialogue_preparations: DialoguePreparationTable;
  checklist_items: ChecklistItemTable;
  milestones: MilestoneTable;
}

export const DIALECTS = ["sqlite", "postgres"] as const;
export type Dialect = (typeof DIALECTS)[number];

export interface KfdDatabase {
  kysely: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}
