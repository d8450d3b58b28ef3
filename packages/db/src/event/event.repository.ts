import { seatsLeft, type Event, type EventFields, type PublicEvent } from "@kfd/domain";
import { inWriteTransaction } from "../connection/write-transaction.js";
import type { KfdDatabase } from "../database.js";
import { queueMailFor } from "../outbox/queue-mail.js";
import { promoteWaitlisted, saveSeatState, seatStateOf } from "../registration/seat-ledger.js";
import { NotFoundError } from "../shared/errors.js";
import { nextPosition } from "../shared/next-position.js";
import { lockEvent } from "./event-lock.js";
import { fieldsOfEvent, toEvent, toEventColumns } from "./event.mapper.js";

export async function createEvent(db: KfdDatabase, dialogueId: string, fields: EventFields, now: Date): Promise<Event> {
  const dialogue = await db.kysely.selectFrom("dialogues").select("id").where("id", "=", dialogueId).executeTakeFirst();
  if (!dialogue) throw new NotFoundError("dialogue", dialogueId);
  const at = now.toISOString();
  const row = await db.kysely
    .insertInto("events")
    .values({
      id: crypto.randomUUID(),
      dialogue_id: dialogueId,
      ...toEventColumns(fields),
      status: "scheduled",
      cancelled_reason: null,
      position: nextPosition("events", dialogueId),
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toEvent(row);
}

/** Merges the sent fields; more seats (or freed quota seats) go to the waitlist in the same transaction. */
export async function updateEvent(db: KfdDatabase, id: string, patch: Partial<EventFields>, now: Date): Promise<Event | undefined> {
  return inWriteTransaction(db, async (trx) => {
    const row = await lockEvent(trx, db.dialect, id);
    if (!row) return undefined;
    const sent = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const fields = { ...fieldsOfEvent(toEvent(row)), ...sent } as EventFields;
    const updated = await trx
      .updateTable("events")
      .set({ ...toEventColumns(fields), updated_at: now.toISOString() })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const { promoted, state } = await promoteWaitlisted(trx, toEvent(updated), seatStateOf(row));
    await saveSeatState(trx, id, state);
    await queueMailFor(trx, "promoted", promoted, now);
    return toEvent(updated);
  });
}

/** Everyone still registered (confirmed or waiting) is told in the same transaction; cancelling again tells nobody twice. */
export async function cancelEvent(db: KfdDatabase, id: string, reason: string, now: Date): Promise<Event | undefined> {
  return inWriteTransaction(db, async (trx) => {
    const before = await lockEvent(trx, db.dialect, id);
    if (!before) return undefined;
    const row = await trx
      .updateTable("events")
      .set((eb) => ({ status: "cancelled", cancelled_reason: reason, updated_at: now.toISOString(), revision: eb("revision", "+", 1) }))
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (before.status !== "cancelled") {
      const registered = await trx.selectFrom("registrations").select("id").where("event_id", "=", id).where("status", "<>", "cancelled").execute();
      await queueMailFor(trx, "event-cancelled", registered.map((r) => r.id), now, reason.trim() === "" ? {} : { reason });
    }
    return toEvent(row);
  });
}

export async function findEvent(db: KfdDatabase, id: string): Promise<Event | undefined> {
  const row = await db.kysely.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toEvent(row);
}

/** Events of a dialogue by start time (instants carry offsets, so they are compared as times, not strings). */
export async function listEvents(db: KfdDatabase, dialogueId: string): Promise<Event[]> {
  const rows = await db.kysely.selectFrom("events").selectAll().where("dialogue_id", "=", dialogueId).orderBy("position").execute();
  return rows.map(toEvent).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

/** The event with live seat figures and where it belongs — never with a registrant. */
export async function findPublicEvent(db: KfdDatabase, id: string): Promise<PublicEvent | undefined> {
  const row = await db.kysely
    .selectFrom("events as e")
    .innerJoin("dialogues as d", "d.id", "e.dialogue_id")
    .innerJoin("municipalities as m", "m.ags", "d.municipality_ags")
    .selectAll("e")
    .select(["d.slug as dialogue_slug", "d.title as dialogue_title", "m.name as municipality_name"])
    .where("e.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const event = toEvent(row);
  const confirmedCount = Number(row.confirmed_count);
  return {
    ...event,
    dialogueSlug: row.dialogue_slug,
    dialogueTitle: row.dialogue_title,
    municipalityName: row.municipality_name,
    confirmedCount,
    seatsLeft: event.status === "cancelled" ? 0 : seatsLeft(event, { confirmed: confirmedCount }),
    waitlistCount: Number(row.waitlist_count),
  };
}
