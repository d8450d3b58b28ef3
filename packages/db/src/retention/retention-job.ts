import { erasureDueAt } from "@kfd/domain";
import { inWriteTransaction } from "../connection/write-transaction.js";
import type { KfdDatabase } from "../database.js";
import { erasePersonalData } from "./erase-personal-data.js";

export interface RetentionOptions {
  /** Days after cancelling (a registration or the whole event) until its personal data is erased. */
  cancelledRetentionDays: number;
}

export interface RetentionRun {
  /** Events whose registrations were all erased in this run. */
  events: { eventId: string; erased: number }[];
  /** Registrations erased early because they were cancelled. */
  cancelledErased: number;
}

const DAY_MS = 86_400_000;

/**
 * Erases what has outlived its purpose: every registration of an event whose dialogue's
 * retention period after the event has passed (or, for a cancelled event, the shorter period
 * after cancelling), and cancelled registrations after the shorter period.
 * Safe to repeat; the caller decides who runs it (see tryTakeLease).
 */
export async function runRetention(db: KfdDatabase, now: Date, options: RetentionOptions): Promise<RetentionRun> {
  const open = await db.kysely
    .selectFrom("events as e")
    .innerJoin("dialogues as d", "d.id", "e.dialogue_id")
    .select(["e.id", "e.ends_at", "e.status", "e.updated_at", "d.retention_days"])
    .where("e.personal_data_erased_at", "is", null)
    .execute();
  // End times carry offsets, so they are compared as instants here, not as text in SQL.
  const due = open.filter(
    (e) =>
      erasureDueAt({
        eventEndsAt: e.ends_at,
        retentionDays: Number(e.retention_days),
        cancelledRetentionDays: options.cancelledRetentionDays,
        registrationCancelledAt: null,
        eventCancelledAt: e.status === "cancelled" ? e.updated_at : null,
      }).getTime() <= now.getTime(),
  );
  const events: RetentionRun["events"] = [];
  for (const event of due) {
    const erased = await inWriteTransaction(db, async (trx) => {
      const marked = await trx
        .updateTable("events")
        .set({ personal_data_erased_at: now.toISOString() })
        .where("id", "=", event.id)
        .where("personal_data_erased_at", "is", null)
        .executeTakeFirst();
      if (Number(marked.numUpdatedRows) !== 1) return undefined;
      const ids = await trx.selectFrom("registrations").select("id").where("event_id", "=", event.id).where("personal_data_erased_at", "is", null).execute();
      return erasePersonalData(trx, ids.map((r) => r.id), now);
    });
    if (erased !== undefined) events.push({ eventId: event.id, erased });
  }

  // cancelled_at is written by toISOString(), so text order is time order.
  const cutoff = new Date(now.getTime() - options.cancelledRetentionDays * DAY_MS).toISOString();
  const cancelled = await db.kysely
    .selectFrom("registrations")
    .select("id")
    .where("status", "=", "cancelled")
    .where("personal_data_erased_at", "is", null)
    .where("cancelled_at", "<=", cutoff)
    .execute();
  const cancelledErased = cancelled.length === 0 ? 0 : await inWriteTransaction(db, (trx) => erasePersonalData(trx, cancelled.map((r) => r.id), now));
  return { events, cancelledErased };
}
