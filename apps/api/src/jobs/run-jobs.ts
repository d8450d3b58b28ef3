import { queueDueReminders, releaseLease, runRetention, tryTakeLease, writeAudit, type KfdDatabase, type RetentionRun } from "@kfd/db";
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
}

export interface JobsRun {
  /** undefined: another process holds the lease and does the work. */
  retention: RetentionRun | undefined;
  reminders: { events: number; messages: number };
  delivery: DeliveryRun | undefined;
}

const RETENTION_LEASE = "retention";
const RETENTION_ACTOR = { tokenId: "retention-job", label: "Automatische Löschung" };

/**
 * One round of the server's background work. Erasure runs under a lease, so with several
 * processes on one database exactly one erases; reminders and delivery are safe in every
 * process at once (each event and each message is taken by a conditional UPDATE).
 */
export async function runJobs(deps: JobDeps): Promise<JobsRun> {
  let retention: RetentionRun | undefined;
  if (await tryTakeLease(deps.db, RETENTION_LEASE, deps.holder, deps.now(), deps.leaseMs)) {
    try {
      retention = await runRetention(deps.db, deps.now(), { cancelledRetentionDays: deps.cancelledRetentionDays });
      for (const { eventId, erased } of retention.events) {
        await writeAudit(deps.db, { actor: RETENTION_ACTOR, action: "retention-erase", eventId, detail: `${erased} registrations` }, deps.now());
      }
      if (retention.cancelledErased > 0) {
        await writeAudit(deps.db, { actor: RETENTION_ACTOR, action: "retention-erase", detail: `${retention.cancelledErased} cancelled registrations` }, deps.now());
      }
    } finally {
      await releaseLease(deps.db, RETENTION_LEASE, deps.holder, deps.now());
    }
  }
  const reminders = await queueDueReminders(deps.db, deps.now(), deps.reminderLeadMs);
  const delivery = deps.mailer ? await deliverOutbox(deps.db, deps.mailer, deps.now, deps.delivery) : undefined;
  return { retention, reminders, delivery };
}
