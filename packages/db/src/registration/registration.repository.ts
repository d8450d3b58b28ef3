import { decideRegistration, type ActorGroup, type Quotas, type Registration, type RegistrationData } from "@kfd/domain";
import type { Kysely } from "kysely";
import { inWriteTransaction } from "../connection/write-transaction.js";
import type { Database, Dialect, KfdDatabase } from "../database.js";
import { lockEvent } from "../event/event-lock.js";
import { toEvent } from "../event/event.mapper.js";
import { fromFlag, fromJson, toCount, toFlag, toJson } from "../shared/columns.js";
import { hashToken, newSecretToken } from "../shared/secret-token.js";
import { queueMailFor, queueOneMail } from "../outbox/queue-mail.js";
import { insertRegistrationUnlessLive, lockEventSeats, saveRegistrationSeats, type EventSeatRow, type RegistrationInsert } from "./registration-statements.js";
import { normaliseEmail, toRegistration } from "./registration.mapper.js";
import { promoteWaitlisted, saveSeatState, seatStateOf, withSeat } from "./seat-ledger.js";

export type RegisterOutcome =
  | { kind: "registered"; registration: Registration; cancelToken: string; waitlistPosition: number | null }
  | { kind: "refused"; reason: "cancelled" | "not-open" | "closed" | "full" }
  | { kind: "duplicate" }
  | { kind: "event-not-found" };

/**
 * Decides and records one registration inside one transaction that holds the event's seats,
 * so that no interleaving of requests — in one process or many — can overbook the event.
 */
export async function register(db: KfdDatabase, eventId: string, data: RegistrationData, now: Date): Promise<RegisterOutcome> {
  const emailNormalised = normaliseEmail(data.email);
  return inWriteTransaction(db, async (trx): Promise<RegisterOutcome> => {
    const row = (await lockEventSeats(trx, db.dialect, { eventId })).rows[0];
    if (!row) return { kind: "event-not-found" };
    const group = data.actorGroup ?? null;
    const state = seatStateOf(row);
    const decision = decideRegistration(decisionRulesOf(row), state.counts, group, now);
    if (decision.outcome === "refused") {
      if (decision.reason !== "full") return { kind: "refused", reason: decision.reason };
      // Before "full": telling someone already registered that the event is full would mislead them.
      return (await holdsLiveRegistration(trx, eventId, emailNormalised)) ? { kind: "duplicate" } : { kind: "refused", reason: "full" };
    }

    const cancelToken = newSecretToken();
    const at = now.toISOString();
    const values: RegistrationInsert = {
      id: crypto.randomUUID(),
      event_id: eventId,
      seq: Number(row.registration_seq) + 1,
      status: decision.outcome,
      name: data.name,
      email: data.email,
      email_normalised: emailNormalised,
      actor_group: group,
      language: data.language,
      interpreting: data.interpreting ?? null,
      childcare: data.childcare ? toJson(data.childcare) : null,
      accessibility_needs: data.accessibilityNeeds ?? null,
      consent_version: data.consentVersion,
      consented_at: at,
      cancel_token_hash: hashToken(cancelToken),
      created_at: at,
      cancelled_at: null,
    };
    const inserted = await insertRegistrationUnlessLive(trx, db.dialect, values);
    if (inserted.numAffectedRows === 0n) return { kind: "duplicate" };
    const confirmed = decision.outcome === "confirmed";
    const counts = confirmed ? withSeat(state.counts, group, 1) : state.counts;
    // Everyone waitlisted before is still waiting (leaving the waitlist lowers the counter), so this is the place in line.
    const waitlistPosition = confirmed ? null : state.waitlistCount + 1;
    await saveRegistrationSeats(trx, db.dialect, {
      eventId,
      confirmedCount: counts.confirmed,
      confirmedByGroup: toJson(counts.confirmedByGroup),
      waitlistCount: waitlistPosition ?? state.waitlistCount,
      registrationSeq: values.seq,
    });
    const payload = { cancelToken, ...(waitlistPosition === null ? {} : { waitlistPosition }) };
    const mail = { registrationId: values.id, eventId, locale: data.language, recipientEmail: data.email, recipientName: data.name, eventEndsAt: row.ends_at, payload };
    await queueOneMail(trx, db.dialect, confirmed ? "confirmation" : "waitlisted", mail, now);
    return { kind: "registered", registration: toRegistration({ ...values, attended: 0, personal_data_erased_at: null }, waitlistPosition), cancelToken, waitlistPosition };
  });
}

function decisionRulesOf(row: EventSeatRow): Parameters<typeof decideRegistration>[0] {
  return {
    status: row.status,
    capacity: row.capacity,
    waitlist: fromFlag(row.waitlist),
    quotas: fromJson<Quotas>(row.quotas),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    registrationOpensAt: row.registration_opens_at ?? undefined,
    registrationClosesAt: row.registration_closes_at ?? undefined,
  };
}

async function holdsLiveRegistration(trx: Kysely<Database>, eventId: string, emailNormalised: string): Promise<boolean> {
  const live = await trx
    .selectFrom("registrations")
    .select("id")
    .where("event_id", "=", eventId)
    .where("email_normalised", "=", emailNormalised)
    .where("status", "<>", "cancelled")
    .executeTakeFirst();
  return live !== undefined;
}

/** Cancels by cancel token; freed seats go to the waitlist in the same transaction. Repeating it changes nothing. */
export async function cancelRegistration(db: KfdDatabase, cancelToken: string, now: Date): Promise<{ registration: Registration; promoted: string[] } | undefined> {
  const found = await db.kysely.selectFrom("registrations").select(["id", "event_id"]).where("cancel_token_hash", "=", hashToken(cancelToken)).executeTakeFirst();
  if (!found) return undefined;
  return inWriteTransaction(db, (trx) => cancelInTransaction(trx, db.dialect, found.id, now));
}

/**
 * The body of a cancellation, for callers that already run a write transaction (erasure on
 * request cancels first). Promoted people are told in the same transaction.
 */
export async function cancelInTransaction(
  trx: Kysely<Database>,
  dialect: Dialect,
  registrationId: string,
  now: Date,
): Promise<{ registration: Registration; promoted: string[] }> {
  const eventId = (await trx.selectFrom("registrations").select("event_id").where("id", "=", registrationId).executeTakeFirstOrThrow()).event_id;
  const eventRow = await lockEvent(trx, dialect, eventId);
  const row = await trx.selectFrom("registrations").selectAll().where("id", "=", registrationId).executeTakeFirstOrThrow();
  if (!eventRow || row.status === "cancelled") return { registration: toRegistration(row, null), promoted: [] };
  const cancelledAt = now.toISOString();
  await trx.updateTable("registrations").set({ status: "cancelled", cancelled_at: cancelledAt }).where("id", "=", row.id).execute();
  const before = seatStateOf(eventRow);
  const freed =
    row.status === "confirmed" ? { ...before, counts: withSeat(before.counts, row.actor_group, -1) } : { ...before, waitlistCount: before.waitlistCount - 1 };
  const { promoted, state } = await promoteWaitlisted(trx, toEvent(eventRow), freed);
  await saveSeatState(trx, eventRow.id, state);
  await queueMailFor(trx, "promoted", promoted, now);
  return { registration: toRegistration({ ...row, status: "cancelled", cancelled_at: cancelledAt }, null), promoted };
}

/**
 * The event a cancel token belongs to: the API needs it before cancelling, to apply that
 * municipality's embed origins to a cross-origin request.
 */
export async function findEventIdByCancelToken(db: KfdDatabase, cancelToken: string): Promise<string | undefined> {
  const row = await db.kysely.selectFrom("registrations").select("event_id").where("cancel_token_hash", "=", hashToken(cancelToken)).executeTakeFirst();
  return row?.event_id;
}

/** Every registration of an event in order of arrival, with waitlist places (admin only: personal data). */
export async function listRegistrations(db: KfdDatabase, eventId: string): Promise<Registration[]> {
  const rows = await db.kysely.selectFrom("registrations").selectAll().where("event_id", "=", eventId).orderBy("seq").execute();
  let waiting = 0;
  return rows.map((row) => toRegistration(row, row.status === "waitlisted" ? ++waiting : null));
}

export async function findRegistration(db: KfdDatabase, registrationId: string): Promise<Registration | undefined> {
  const row = await db.kysely.selectFrom("registrations").selectAll().where("id", "=", registrationId).executeTakeFirst();
  if (!row) return undefined;
  if (row.status !== "waitlisted") return toRegistration(row, null);
  const ahead = await db.kysely
    .selectFrom("registrations")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("event_id", "=", row.event_id)
    .where("status", "=", "waitlisted")
    .where("seq", "<", row.seq)
    .executeTakeFirstOrThrow();
  return toRegistration(row, toCount(ahead.n) + 1);
}

export async function setAttended(db: KfdDatabase, registrationId: string, attended: boolean): Promise<Registration | undefined> {
  const updated = await inWriteTransaction(db, async (trx) => {
    const row = await trx.selectFrom("registrations").select("event_id").where("id", "=", registrationId).executeTakeFirst();
    if (!row) return false;
    await trx.updateTable("registrations").set({ attended: toFlag(attended) }).where("id", "=", registrationId).execute();
    // Attendance feeds the Steckbrief's participant count: its version stamp must move.
    await trx.updateTable("events").set((eb) => ({ revision: eb("revision", "+", 1) })).where("id", "=", row.event_id).execute();
    return true;
  });
  return updated ? findRegistration(db, registrationId) : undefined;
}

/** Anonymous counts for the Steckbrief, from the event counters; cancelled events do not count. */
export async function participationCounts(
  db: KfdDatabase,
  dialogueId: string,
): Promise<{ confirmed: number; attended: number; byActorGroup: Partial<Record<ActorGroup, number>> }> {
  const events = await db.kysely
    .selectFrom("events")
    .select(["confirmed_count", "confirmed_by_group"])
    .where("dialogue_id", "=", dialogueId)
    .where("status", "<>", "cancelled")
    .execute();
  const attended = await db.kysely
    .selectFrom("registrations as r")
    .innerJoin("events as e", "e.id", "r.event_id")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("e.dialogue_id", "=", dialogueId)
    .where("e.status", "<>", "cancelled")
    .where("r.attended", "=", 1)
    .where("r.status", "<>", "cancelled")
    .executeTakeFirstOrThrow();
  const byActorGroup: Partial<Record<ActorGroup, number>> = {};
  let confirmed = 0;
  for (const e of events) {
    confirmed += Number(e.confirmed_count);
    for (const [group, n] of Object.entries(fromJson<Partial<Record<ActorGroup, number>>>(e.confirmed_by_group)) as [ActorGroup, number][]) {
      if (n > 0) byActorGroup[group] = (byActorGroup[group] ?? 0) + n;
    }
  }
  return { confirmed, attended: toCount(attended.n), byActorGroup };
}
