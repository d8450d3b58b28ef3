import { claimDueMessages, findPublicEvent, markAttemptFailed, markExpired, markSent, type KfdDatabase } from "@kfd/db";
import { nextAttemptDelay } from "./backoff.js";
import { renderMail } from "./render-mail.js";
import { isPermanentFailure, type Mailer } from "./smtp-mailer.js";

export interface DeliveryOptions {
  publicUrl: string;
  /** Messages per run. */
  batch: number;
  /** How long a claim holds a message; a sender that dies mid-send frees it after this. */
  leaseMs: number;
  maxAttempts: number;
  backoff: { baseMs: number; capMs: number };
}

export const DEFAULT_DELIVERY: Omit<DeliveryOptions, "publicUrl"> = {
  batch: 50,
  leaseMs: 5 * 60_000,
  maxAttempts: 10,
  backoff: { baseMs: 60_000, capMs: 6 * 3600_000 },
};

export interface DeliveryRun {
  sent: number;
  retrying: number;
  failed: number;
  expired: number;
}

/**
 * Sends what is due in the outbox. Each message is claimed before it is sent and marked sent
 * after, so no two processes send it. SMTP has no idempotency key: if this process dies after
 * the server accepted a message and before it is marked, it goes out once more after the lease
 * (with the same Message-ID, which lets mail clients recognise it). That window is one
 * round-trip to the database.
 */
export async function deliverOutbox(db: KfdDatabase, mailer: Mailer, now: () => Date, options: DeliveryOptions): Promise<DeliveryRun> {
  const run: DeliveryRun = { sent: 0, retrying: 0, failed: 0, expired: 0 };
  const claimed = await claimDueMessages(db, now(), { limit: options.batch, leaseMs: options.leaseMs });
  for (const message of claimed) {
    const event = await findPublicEvent(db, message.eventId);
    if (message.stale || !event) {
      await markExpired(db, message);
      run.expired += 1;
      continue;
    }
    try {
      await mailer.send(renderMail(message, event, { publicUrl: options.publicUrl, now: now() }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const giveUp = isPermanentFailure(error) || message.attempts >= options.maxAttempts;
      await markAttemptFailed(db, message, reason, giveUp ? undefined : new Date(now().getTime() + nextAttemptDelay(message.attempts, options.backoff)));
      if (giveUp) run.failed += 1;
      else run.retrying += 1;
      continue;
    }
    await markSent(db, message, now());
    run.sent += 1;
  }
  return run;
}
