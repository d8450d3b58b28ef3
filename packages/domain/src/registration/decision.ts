import { ACTOR_GROUPS, type ActorGroup } from "../actor-group/actor-groups.js";
import type { Event } from "../event/event.js";

/** Confirmed seats of one event, in total and per actor group (registrants without a group count only in total). */
export interface SeatCounts {
  confirmed: number;
  confirmedByGroup: Partial<Record<ActorGroup, number>>;
}

export type RegistrationRefusal = "cancelled" | "not-open" | "closed" | "full";
export type RegistrationDecision =
  | { outcome: "confirmed" }
  | { outcome: "waitlisted" }
  | { outcome: "refused"; reason: RegistrationRefusal };

type SeatRules = Pick<Event, "capacity" | "quotas">;
type DecisionRules = SeatRules & Pick<Event, "status" | "waitlist" | "startsAt" | "endsAt" | "registrationOpensAt" | "registrationClosesAt">;

/** Seats still held back for the other groups' unfilled quotas. */
function seatsHeldForOthers(event: SeatRules, counts: SeatCounts, group: ActorGroup | null): number {
  let held = 0;
  for (const g of ACTOR_GROUPS) {
    if (g === group) continue;
    const quota = event.quotas[g] ?? 0;
    held += Math.max(0, quota - (counts.confirmedByGroup[g] ?? 0));
  }
  return held;
}

/** Whether one more person of `group` can take a seat now, with quotas respected. */
export function hasSeatFor(event: SeatRules, counts: SeatCounts, group: ActorGroup | null): boolean {
  const free = event.capacity - counts.confirmed;
  return free - seatsHeldForOthers(event, counts, group) > 0;
}

/** Seats anyone could still take, quotas left aside: what the public sees as "seats left". */
export function seatsLeft(event: Pick<Event, "capacity">, counts: Pick<SeatCounts, "confirmed">): number {
  return Math.max(0, event.capacity - counts.confirmed);
}

/**
 * Registration window: opens at `registrationOpensAt` (or at once) and closes at
 * `registrationClosesAt` (or when the event starts).
 */
export function registrationWindowState(event: Pick<Event, "startsAt" | "registrationOpensAt" | "registrationClosesAt">, now: Date): "not-open" | "open" | "closed" {
  const t = now.getTime();
  if (event.registrationOpensAt && t < Date.parse(event.registrationOpensAt)) return "not-open";
  const closes = event.registrationClosesAt ?? event.startsAt;
  return t >= Date.parse(closes) ? "closed" : "open";
}

/** The decision the server takes — inside the transaction that holds the event's seats. */
export function decideRegistration(event: DecisionRules, counts: SeatCounts, group: ActorGroup | null, now: Date): RegistrationDecision {
  if (event.status === "cancelled") return { outcome: "refused", reason: "cancelled" };
  const window = registrationWindowState(event, now);
  if (window !== "open") return { outcome: "refused", reason: window };
  if (hasSeatFor(event, counts, group)) return { outcome: "confirmed" };
  return event.waitlist ? { outcome: "waitlisted" } : { outcome: "refused", reason: "full" };
}

export interface WaitlistEntry {
  id: string;
  actorGroup: ActorGroup | null;
}

/**
 * Who moves up after seats free up: waitlisted people in the order they registered, each
 * confirmed if a seat is free for their group. Someone blocked by another group's quota is
 * skipped, not a reason to stop — the next person may be of the group the seat is held for.
 */
export function promoteFromWaitlist(event: SeatRules, counts: SeatCounts, waitlist: readonly WaitlistEntry[]): string[] {
  const running: SeatCounts = { confirmed: counts.confirmed, confirmedByGroup: { ...counts.confirmedByGroup } };
  const promoted: string[] = [];
  for (const entry of waitlist) {
    if (running.confirmed >= event.capacity) break;
    if (!hasSeatFor(event, running, entry.actorGroup)) continue;
    promoted.push(entry.id);
    running.confirmed += 1;
    if (entry.actorGroup) running.confirmedByGroup[entry.actorGroup] = (running.confirmedByGroup[entry.actorGroup] ?? 0) + 1;
  }
  return promoted;
}
