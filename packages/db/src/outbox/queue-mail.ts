import type { Locale, StaffMailKind } from "@kfd/domain";
import type { Insertable, Kysely } from "kysely";
import { preparedQuery } from "../connection/prepared-query.js";
import type { Database, Dialect } from "../database.js";
import { toJson } from "../shared/columns.js";
import type { MailKind, MailPayload, OutboxTable } from "./outbox.table.js";

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
    .values(mails.map((m) => outboxRow(kind, m, at)))
    .execute();
}

/** The same as queueMail() for one message, which is what every registration writes. */
export async function queueOneMail(trx: Kysely<Database>, dialect: Dialect, kind: MailKind, mail: QueuedMail, now: Date): Promise<void> {
  await insertOneMail(trx, dialect, outboxRow(kind, mail, now.toISOString()));
}

type OutboxInsert = Required<Omit<Insertable<OutboxTable>, "attempts">>;

const insertOneMail = preparedQuery<OutboxInsert>((trx, slot) =>
  trx.insertInto("outbox").values({
    id: slot("id"),
    registration_id: slot("registration_id"),
    event_id: slot("event_id"),
    kind: slot("kind"),
    locale: slot("locale"),
    recipient_email: slot("recipient_email"),
    recipient_name: slot("recipient_name"),
    payload: slot("payload"),
    status: slot("status"),
    next_attempt_at: slot("next_attempt_at"),
    claim_id: slot("claim_id"),
    lease_until: slot("lease_until"),
    last_error: slot("last_error"),
    discard_after: slot("discard_after"),
    created_at: slot("created_at"),
    sent_at: slot("sent_at"),
  }),
);

function outboxRow(kind: MailKind, m: QueuedMail, at: string): OutboxInsert {
  return {
    id: crypto.randomUUID(),
    registration_id: m.registrationId,
    event_id: m.eventId,
    kind,
    locale: m.locale,
    recipient_email: m.recipientEmail,
    recipient_name: m.recipientName,
    payload: toJson(m.payload ?? {}),
    status: "queued",
    next_attempt_at: at,
    claim_id: null,
    lease_until: null,
    last_error: null,
    discard_after: new Date(m.eventEndsAt).toISOString(),
    created_at: at,
    sent_at: null,
  };
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

export interface QueuedStaffMail {
  recipientEmail: string;
  recipientName: string;
  /** Holds the link's secret until the message is sent. */
  payload: MailPayload & { accountToken: string; expiresAt: string };
}

/**
 * Queues an e-mail to a staff account, in the transaction that creates its link. Staff read
 * German in the console, so the message is German; it is expired rather than sent once the
 * link has expired.
 */
export async function queueStaffMail(trx: Kysely<Database>, kind: StaffMailKind, mail: QueuedStaffMail, now: Date): Promise<void> {
  const at = now.toISOString();
  await trx
    .insertInto("outbox")
    .values({
      id: crypto.randomUUID(),
      registration_id: null,
      event_id: null,
      kind,
      locale: "de",
      recipient_email: mail.recipientEmail,
      recipient_name: mail.recipientName,
      payload: toJson(mail.payload),
      status: "queued",
      next_attempt_at: at,
      claim_id: null,
      lease_until: null,
      last_error: null,
      discard_after: mail.payload.expiresAt,
      created_at: at,
      sent_at: null,
    })
    .execute();
}
