import { claimDueMessages, findPasswordReset, findPendingInvitation, findPublicEvent, markAttemptFailed, markExpired, markSent, type ClaimedMessage, type KfdDatabase } from "@kfd/db";
import { isStaffMailKind } from "@kfd/domain";
import { nextAttemptDelay } from "./backoff.js";
import { renderMail, type RenderedMail } from "./render-mail.js";
import { renderStaffMail } from "./render-staff-mail.js";
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
 * The message as it goes out, or undefined when sending it makes no sense any more: its event
 * is gone, or its link has been used, withdrawn or replaced since it was queued.
 */
async function compose(db: KfdDatabase, message: ClaimedMessage, now: Date, publicUrl: string): Promise<RenderedMail | undefined> {
  if (message.stale) return undefined;
  const kind = message.kind;
  if (isStaffMailKind(kind)) {
    const token = message.payload.accountToken;
    if (token === undefined) return undefined;
    const live = kind === "staff-invitation" ? await findPendingInvitation(db, token, now) : await findPasswordReset(db, token, now);
    return live && renderStaffMail(kind, message, { publicUrl, redact: false });
  }
  const event = message.eventId === null ? undefined : await findPublicEvent(db, message.eventId);
  return event && renderMail(kind, message, event, { publicUrl, now });
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
    const mail = await compose(db, message, now(), options.publicUrl);
    if (!mail) {
      await markExpired(db, message);
      run.expired += 1;
      continue;
    }
    try {
      await mailer.send(mail);
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
