import { sql } from "kysely";
import type { KfdDatabase } from "../database.js";
import { fromJson, toCount, toJson } from "../shared/columns.js";
import type { MailKind, MailPayload, OutboxRow, OutboxStatus } from "./outbox.table.js";

export interface OutboxMessage {
  id: string;
  registrationId: string | null;
  eventId: string | null;
  kind: MailKind;
  locale: OutboxRow["locale"];
  recipientEmail: string;
  recipientName: string;
  payload: MailPayload;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** A message this process has claimed: only the holder of `claimId` may mark it sent or failed. */
export interface ClaimedMessage extends OutboxMessage {
  claimId: string;
  /** Past its event (or its link's expiry): it is expired instead of sent. */
  stale: boolean;
}

export function toOutboxMessage(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    registrationId: row.registration_id,
    eventId: row.event_id,
    kind: row.kind,
    locale: row.locale,
    recipientEmail: row.recipient_email,
    recipientName: row.recipient_name,
    payload: fromJson<MailPayload>(row.payload),
    status: row.status,
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

/**
 * Claims up to `limit` due messages: queued ones whose time has come, and ones whose sender
 * died mid-send (lease expired). Each is taken by a conditional UPDATE, so of several
 * processes exactly one gets a message; the others see no row changed and move on.
 */
export async function claimDueMessages(db: KfdDatabase, now: Date, options: { limit: number; leaseMs: number }): Promise<ClaimedMessage[]> {
  const at = now.toISOString();
  const candidates = await db.kysely
    .selectFrom("outbox")
    .select("id")
    .where((eb) => eb.or([eb.and([eb("status", "=", "queued"), eb("next_attempt_at", "<=", at)]), eb.and([eb("status", "=", "sending"), eb("lease_until", "<=", at)])]))
    .orderBy("next_attempt_at")
    .limit(options.limit)
    .execute();
  const claimed: ClaimedMessage[] = [];
  const leaseUntil = new Date(now.getTime() + options.leaseMs).toISOString();
  for (const { id } of candidates) {
    const claimId = crypto.randomUUID();
    const row = await db.kysely
      .updateTable("outbox")
      .set((eb) => ({ status: "sending", claim_id: claimId, lease_until: leaseUntil, attempts: eb("attempts", "+", 1) }))
      .where("id", "=", id)
      .where((eb) => eb.or([eb.and([eb("status", "=", "queued"), eb("next_attempt_at", "<=", at)]), eb.and([eb("status", "=", "sending"), eb("lease_until", "<=", at)])]))
      .returningAll()
      .executeTakeFirst();
    if (!row) continue;
    claimed.push({ ...toOutboxMessage(row), claimId, stale: row.discard_after !== null && row.discard_after < at });
  }
  return claimed;
}

/** The payload without the secrets a link is made of. */
function withoutSecrets(payload: MailPayload): MailPayload {
  const { cancelToken: _cancel, accountToken: _account, ...rest } = payload;
  return rest;
}

/**
 * Marks a claimed message sent. The plain secrets leave the database with it: once the message
 * is out, the recipient's mailbox is the only place they need to be.
 */
export async function markSent(db: KfdDatabase, message: ClaimedMessage, now: Date): Promise<boolean> {
  const result = await db.kysely
    .updateTable("outbox")
    .set({ status: "sent", sent_at: now.toISOString(), lease_until: null, last_error: null, payload: toJson(withoutSecrets(message.payload)) })
    .where("id", "=", message.id)
    .where("claim_id", "=", message.claimId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * After a failed attempt: try again at `retryAt`, or give up (`retryAt` undefined) and keep the
 * reason. A staff link that will never be sent need not be kept; a registrant's cancel token
 * stays, because staff may still pass it on by other means.
 */
export async function markAttemptFailed(db: KfdDatabase, message: ClaimedMessage, error: string, retryAt: Date | undefined): Promise<void> {
  const { accountToken: _unsent, ...kept } = message.payload;
  await db.kysely
    .updateTable("outbox")
    .set(
      retryAt === undefined
        ? { status: "failed", lease_until: null, last_error: error.slice(0, 1000), payload: toJson(kept) }
        : { status: "queued", lease_until: null, last_error: error.slice(0, 1000), next_attempt_at: retryAt.toISOString() },
    )
    .where("id", "=", message.id)
    .where("claim_id", "=", message.claimId)
    .execute();
}

export async function markExpired(db: KfdDatabase, message: ClaimedMessage): Promise<void> {
  await db.kysely
    .updateTable("outbox")
    .set({ status: "expired", lease_until: null, payload: toJson({}) })
    .where("id", "=", message.id)
    .where("claim_id", "=", message.claimId)
    .execute();
}

export interface OutboxQuery {
  status?: OutboxStatus;
  eventId?: string;
  /** Only messages of events in these municipalities (an editor's view). */
  municipalityAgs?: string[];
  limit?: number;
}

/**
 * The outbox for staff, newest first (personal data: the caller writes the audit entry). Staff
 * e-mails belong to no event, so a view limited to municipalities never holds them.
 */
export async function listOutbox(db: KfdDatabase, query: OutboxQuery = {}): Promise<OutboxMessage[]> {
  const rows = await db.kysely
    .selectFrom("outbox as o")
    .leftJoin("events as e", "e.id", "o.event_id")
    .leftJoin("dialogues as d", "d.id", "e.dialogue_id")
    .selectAll("o")
    .$if(query.status !== undefined, (qb) => qb.where("o.status", "=", query.status as OutboxStatus))
    .$if(query.eventId !== undefined, (qb) => qb.where("o.event_id", "=", query.eventId as string))
    .$if(query.municipalityAgs !== undefined, (qb) => qb.where("d.municipality_ags", "in", query.municipalityAgs?.length ? query.municipalityAgs : [""]))
    .orderBy("o.created_at", "desc")
    .orderBy("o.id")
    .limit(query.limit ?? 200)
    .execute();
  return rows.map(toOutboxMessage);
}

export async function findOutboxMessage(db: KfdDatabase, id: string): Promise<OutboxMessage | undefined> {
  const row = await db.kysely.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toOutboxMessage(row);
}

/** Messages per status, for health and the console's badge. */
export async function outboxCounts(db: KfdDatabase): Promise<Partial<Record<OutboxStatus, number>>> {
  const rows = await db.kysely.selectFrom("outbox").select(["status", sql<number>`count(*)`.as("n")]).groupBy("status").execute();
  return Object.fromEntries(rows.map((r) => [r.status, toCount(r.n)]));
}
