import type { Locale } from "@kfd/domain";
import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { toJson } from "../shared/columns.js";
import type { MailKind, MailPayload } from "./outbox.table.js";

export interface QueuedMail {
  registrationId: string;
  eventId: string;
  locale: Locale;
  recipientEmail: string;
  recipientName: string;
  /** When the event ends: a message still unsent then is expired, not sent. */
  eventEndsAt: string;
  payload?: MailPayload;
}

/** Keeps one INSERT well under SQLite's and PostgreSQL's limits on bound parameters. */
const ROWS_PER_INSERT = 500;

/**
 * Writes messages into the outbox. Called inside the transaction of the change that causes
 * them, so that a message exists exactly when its cause was committed — never one without
 * the other, whatever crashes in between.
 */
export async function queueMail(trx: Kysely<Database>, kind: MailKind, mails: readonly QueuedMail[], now: Date): Promise<void> {
  const at = now.toISOString();
  for (let start = 0; start < mails.length; start += ROWS_PER_INSERT) {
    await insertMail(trx, kind, mails.slice(start, start + ROWS_PER_INSERT), at);
  }
}

function insertMail(trx: Kysely<Database>, kind: MailKind, mails: readonly QueuedMail[], at: string) {
  return trx
    .insertInto("outbox")
    .values(
      mails.map((m) => ({
        id: crypto.randomUUID(),
        registration_id: m.registrationId,
        event_id: m.eventId,
        kind,
        locale: m.locale,
        recipient_email: m.recipientEmail,
        recipient_name: m.recipientName,
        payload: toJson(m.payload ?? {}),
        status: "queued" as const,
        next_attempt_at: at,
        claim_id: null,
        lease_until: null,
        last_error: null,
        discard_after: new Date(m.eventEndsAt).toISOString(),
        created_at: at,
        sent_at: null,
      })),
    )
    .execute();
}

/** Queues one kind of message for the given registrations, reading their addresses in the same transaction. */
export async function queueMailFor(trx: Kysely<Database>, kind: MailKind, registrationIds: readonly string[], now: Date, payload: MailPayload = {}): Promise<void> {
  if (registrationIds.length === 0) return;
  const rows = await trx
    .selectFrom("registrations as r")
    .innerJoin("events as e", "e.id", "r.event_id")
    .select(["r.id", "r.event_id", "r.language", "r.email", "r.name", "e.ends_at"])
    .where("r.id", "in", registrationIds)
    .where("r.personal_data_erased_at", "is", null)
    .execute();
  const mails = rows.map((r) => ({ registrationId: r.id, eventId: r.event_id, locale: r.language, recipientEmail: r.email, recipientName: r.name, eventEndsAt: r.ends_at, payload }));
  await queueMail(trx, kind, mails, now);
}
