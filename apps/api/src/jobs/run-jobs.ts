import {
  cleanUpAccounts,
  queueDueReminders,
  releaseLease,
  runRetention,
  tryTakeLease,
  writeAudit,
  type AccountCleanup,
  type KfdDatabase,
  type RetentionRun,
  type SessionLifetime,
} from "@kfd/db";
import { deliverOutbox, type DeliveryOptions, type DeliveryRun } from "../mail/deliver-outbox.js";
import type { Mailer } from "../mail/smtp-mailer.js";

export interface JobDeps {
  db: KfdDatabase;
  now: () => Date;
  /** Names this process in the lease table. */
  holder: string;
  reminderLeadMs: number;
  cancelledRetentionDays: number;
  /** Without one (no SMTP_URL) messages stay in the outbox, where staff can read them. */
  mailer: Mailer | undefined;
  delivery: DeliveryOptions;
  /** How long the retention lease is held at most (a crashed holder frees it then). */
  leaseMs: number;
  /** When staff sessions end: the cleanup removes those past it. */
  sessionLifetime: SessionLifetime;
}

export interface JobsRun {
  /** undefined: another process holds the lease and does the work. */
  retention: RetentionRun | undefined;
  /** undefined: another process holds the lease. */
  accountCleanup: AccountCleanup | undefined;
  reminders: { events: number; messages: number };
  delivery: DeliveryRun | undefined;
}

const RETENTION_LEASE = "retention";
const ACCOUNT_CLEANUP_LEASE = "account-cleanup";
const RETENTION_ACTOR = { tokenId: "retention-job", label: "Automatische Löschung" };

/**
 * One round of the server's background work. Erasure and the cleanup of ended sessions and
 * spent links run under leases, so with several processes on one database one process does
 * each; reminders and delivery are safe in every process at once (each event and each message
 * is taken by a conditional UPDATE).
 */
export async function runJobs(deps: JobDeps): Promise<JobsRun> {
  const retention = await underLease(deps, RETENTION_LEASE, () => eraseWhatIsDue(deps));
  const accountCleanup = await underLease(deps, ACCOUNT_CLEANUP_LEASE, () => cleanUpAccounts(deps.db, deps.sessionLifetime, deps.now()));
  const reminders = await queueDueReminders(deps.db, deps.now(), deps.reminderLeadMs);
  const delivery = deps.mailer ? await deliverOutbox(deps.db, deps.mailer, deps.now, deps.delivery) : undefined;
  return { retention, accountCleanup, reminders, delivery };
}

async function eraseWhatIsDue(deps: JobDeps): Promise<RetentionRun> {
  const retention = await runRetention(deps.db, deps.now(), { cancelledRetentionDays: deps.cancelledRetentionDays });
  for (const { eventId, erased } of retention.events) {
    await writeAudit(deps.db, { actor: RETENTION_ACTOR, action: "retention-erase", eventId, detail: `${erased} registrations` }, deps.now());
  }
  if (retention.cancelledErased > 0) {
    await writeAudit(deps.db, { actor: RETENTION_ACTOR, action: "retention-erase", detail: `${retention.cancelledErased} cancelled registrations` }, deps.now());
  }
  return retention;
}

async function underLease<T>(deps: JobDeps, lease: string, work: () => Promise<T>): Promise<T | undefined> {
  if (!(await tryTakeLease(deps.db, lease, deps.holder, deps.now(), deps.leaseMs))) return undefined;
  try {
    return await work();
  } finally {
    await releaseLease(deps.db, lease, deps.holder, deps.now());
  }
}
