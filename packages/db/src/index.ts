export type { Database, Dialect, KfdDatabase } from "./database.js";
export { DEFAULT_DATABASE_URL, openDatabase } from "./connection/open-database.js";
export type { PostgresOptions } from "./connection/postgres.js";
export { inWriteTransaction } from "./connection/write-transaction.js";
export { MigrationFailedError, migrateToLatest } from "./migrations/migrate.js";
export { migrations } from "./migrations/migrations.js";
export { EmailTakenError, NotFoundError, SlugTakenError, UnknownMunicipalityError } from "./shared/errors.js";

export { findEmbedOrigins, findMunicipality, listMunicipalities, setEmbedOrigins, upsertMunicipalities } from "./municipality/municipality.repository.js";
export {
  createDialogue,
  findDialogue,
  listDialogues,
  setDialoguePhase,
  setDialoguePublished,
  updateDialogue,
  type ListDialoguesOptions,
} from "./dialogue/dialogue.repository.js";
export { dialogueVersion } from "./dialogue/dialogue-version.js";
export { cancelEvent, createEvent, findEvent, findPublicEvent, listEvents, updateEvent } from "./event/event.repository.js";
export {
  cancelRegistration,
  findEventIdByCancelToken,
  findRegistration,
  listRegistrations,
  participationCounts,
  register,
  setAttended,
  type RegisterOutcome,
} from "./registration/registration.repository.js";
export { normaliseEmail } from "./registration/registration.mapper.js";
export { createResult, findResult, listResults } from "./result/result.repository.js";
export { createWorkingGroup, listWorkingGroups } from "./working-group/working-group.repository.js";
export { MEASURE_CREATED_REASON, createMeasure, findMeasure, listMeasures, updateMeasure } from "./measure/measure.repository.js";
export { loadSteckbrief } from "./steckbrief/steckbrief.repository.js";
export { listMapFeatures } from "./map/map.repository.js";
export { createToken, ensureToken, findPrincipalByToken, listTokens, revokeToken, type Principal, type Role } from "./token/token.repository.js";

export { queueDueReminders } from "./outbox/reminders.js";
export {
  claimDueMessages,
  findOutboxMessage,
  listOutbox,
  markAttemptFailed,
  markExpired,
  markSent,
  outboxCounts,
  type ClaimedMessage,
  type OutboxMessage,
  type OutboxQuery,
} from "./outbox/outbox.repository.js";
export type { MailPayload } from "./outbox/outbox.table.js";
export { releaseLease, tryTakeLease } from "./lease/job-lease.js";
export { runRetention, type RetentionOptions, type RetentionRun } from "./retention/retention-job.js";
export { eraseOwnRegistration, eraseRegistration, findOwnRegistration, type Erasure } from "./retention/own-registration.js";
export { listAuditLog, writeAudit, type AuditInput } from "./audit/audit.repository.js";
export { loadProgrammeStats } from "./stats/stats.repository.js";

export { hashPassword, verifyPassword } from "./staff/password-hash.js";
export { createStaff, findStaff, findStaffByEmail, listStaff, updateStaff, verifyStaffCredentials, type NewStaff, type StaffPatch } from "./staff/staff.repository.js";
export { createSession, deleteEndedSessions, deleteSession, findSession, type ActiveSession, type SessionLifetime } from "./session/session.repository.js";
export { clearSignInFailures, recordSignInFailure, signInBlockedUntil } from "./session/sign-in-throttle.js";
export {
  acceptInvitation,
  createInvitation,
  findPendingInvitation,
  listInvitations,
  revokeInvitation,
  type AcceptOutcome,
  type NewInvitation,
} from "./invitation/invitation.repository.js";
export { findPasswordReset, requestPasswordReset, resetPassword, type ResetOutcome } from "./password-reset/password-reset.repository.js";
export { cleanUpAccounts, SPENT_LINK_RETENTION_DAYS, type AccountCleanup } from "./staff/account-cleanup.js";
export { applyMethodTemplate, loadPreparation, updateAnalysis } from "./preparation/preparation.repository.js";
export { addChecklistItem, deleteChecklistItem, findChecklistItem, listChecklist, updateChecklistItem } from "./preparation/checklist.repository.js";
export { createMilestone, deleteMilestone, findMilestone, listMilestones, updateMilestone } from "./preparation/milestone.repository.js";
