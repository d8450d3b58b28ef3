import { promoteFromWaitlist, type ActorGroup, type Event, type SeatCounts } from "@kfd/domain";
import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import type { EventRow } from "../event/event.table.js";
import { seatCountsOf } from "../event/event.mapper.js";
import { toJson } from "../shared/columns.js";

/** The counters kept on the event row; changed only while that row is locked. */
export interface SeatState {
  counts: SeatCounts;
  waitlistCount: number;
}

export function seatStateOf(row: Pick<EventRow, "confirmed_count" | "confirmed_by_group" | "waitlist_count">): SeatState {
  return { counts: seatCountsOf(row), waitlistCount: Number(row.waitlist_count) };
}

/** Counts with one confirmed seat more (`delta` 1) or less (`delta` -1) for `group`. */
export function withSeat(counts: SeatCounts, group: ActorGroup | null, delta: 1 | -1): SeatCounts {
  const byGroup = { ...counts.confirmedByGroup };
  if (group) byGroup[group] = Math.max(0, (byGroup[group] ?? 0) + delta);
  return { confirmed: counts.confirmed + delta, confirmedByGroup: byGroup };
}

export function saveSeatState(trx: Kysely<Database>, eventId: string, state: SeatState, registrationSeq?: number) {
  return trx
    .updateTable("events")
    .set((eb) => ({
      confirmed_count: state.counts.confirmed,
      confirmed_by_group: toJson(state.counts.confirmedByGroup),
      waitlist_count: state.waitlistCount,
      revision: eb("revision", "+", 1),
      ...(registrationSeq === undefined ? {} : { registration_seq: registrationSeq }),
    }))
    .where("id", "=", eventId)
    .execute();
}

/**
 * Moves waitlisted people up into freed seats, in order of arrival, per promoteFromWaitlist().
 * Must run inside the transaction that locked the event; returns the promoted ids and the new state.
 */
export async function promoteWaitlisted(trx: Kysely<Database>, event: Pick<Event, "id" | "status" | "capacity" | "quotas">, state: SeatState): Promise<{ promoted: string[]; state: SeatState }> {
  const free = event.capacity - state.counts.confirmed;
  if (event.status === "cancelled" || free <= 0 || state.waitlistCount === 0) return { promoted: [], state };
  // Without quotas nobody is skipped, so the first `free` entries are all that can move up.
  const hasQuotas = Object.keys(event.quotas).length > 0;
  const waitlist = await trx
    .selectFrom("registrations")
    .select(["id", "actor_group as actorGroup"])
    .where("event_id", "=", event.id)
    .where("status", "=", "waitlisted")
    .orderBy("seq")
    .$if(!hasQuotas, (qb) => qb.limit(free))
    .execute();
  const promoted = promoteFromWaitlist(event, state.counts, waitlist);
  if (promoted.length === 0) return { promoted, state };
  await trx.updateTable("registrations").set({ status: "confirmed" }).where("id", "in", promoted).execute();
  const groupOf = new Map(waitlist.map((w) => [w.id, w.actorGroup]));
  let counts = state.counts;
  for (const id of promoted) counts = withSeat(counts, groupOf.get(id) ?? null, 1);
  return { promoted, state: { counts, waitlistCount: state.waitlistCount - promoted.length } };
}
