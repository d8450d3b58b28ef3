import type { KfdDatabase } from "../database.js";
import { inWriteTransaction } from "../connection/write-transaction.js";
import { queueMailFor } from "./queue-mail.js";

/**
 * Queues the reminder for every event that starts within `leadMs` from now and has not had
 * one. The event is marked by a conditional UPDATE in the same transaction as the messages,
 * so two processes running this at once queue each reminder once.
 * Start times carry offsets, so they are compared as instants here rather than as text in SQL.
 */
export async function queueDueReminders(db: KfdDatabase, now: Date, leadMs: number): Promise<{ events: number; messages: number }> {
  const candidates = await db.kysely
    .selectFrom("events")
    .select(["id", "starts_at"])
    .where("status", "=", "scheduled")
    .where("reminders_queued_at", "is", null)
    .execute();
  const due = candidates.filter((e) => {
    const startsAt = Date.parse(e.starts_at);
    return startsAt > now.getTime() && startsAt - now.getTime() <= leadMs;
  });
  let events = 0;
  let messages = 0;
  for (const event of due) {
    messages += await inWriteTransaction(db, async (trx) => {
      const marked = await trx
        .updateTable("events")
        .set({ reminders_queued_at: now.toISOString() })
        .where("id", "=", event.id)
        .where("reminders_queued_at", "is", null)
        .where("status", "=", "scheduled")
        .executeTakeFirst();
      if (Number(marked.numUpdatedRows) !== 1) return 0;
      events += 1;
      const confirmed = await trx.selectFrom("registrations").select("id").where("event_id", "=", event.id).where("status", "=", "confirmed").execute();
      await queueMailFor(trx, "reminder", confirmed.map((r) => r.id), now);
      return confirmed.length;
    });
  }
  return { events, messages };
}
