import * as z from "zod/mini";
import { ACTOR_GROUPS, type ActorGroup } from "../actor-group/actor-groups.js";
import { actorGroupSchema } from "../actor-group/actor-group.js";
import type { Registration } from "../registration/registration.js";
import { id } from "../shared/fields.js";

const confirmedAndWaitlisted = z.object({ confirmed: z.int(), waitlisted: z.int() });
type Split = z.infer<typeof confirmedAndWaitlisted>;

/**
 * What staff must plan for an event, summed over its registrations: interpreters per language,
 * children to look after, people with access needs. Counts only, never who.
 * Confirmed and waitlisted are kept apart: the waitlist may still come.
 */
export const eventNeedsSchema = z.object({
  eventId: id,
  capacity: z.int(),
  registrations: confirmedAndWaitlisted,
  interpreting: z.array(z.object({ language: z.string(), confirmed: z.int(), waitlisted: z.int() })),
  childcare: z.object({ registrations: confirmedAndWaitlisted, children: confirmedAndWaitlisted }),
  accessibility: confirmedAndWaitlisted,
  byActorGroup: z.array(z.object({ actorGroup: z.nullable(actorGroupSchema), confirmed: z.int(), waitlisted: z.int() })),
  /** Registrants who asked for a language the event does not yet offer interpreting for. */
  uncoveredInterpreting: z.array(z.string()),
});
export type EventNeeds = z.infer<typeof eventNeedsSchema>;

type Counted = Pick<Registration, "status" | "interpreting" | "childcare" | "accessibilityNeeds" | "actorGroup">;

function add(split: Split, status: "confirmed" | "waitlisted", n = 1): void {
  split[status] += n;
}

export function summariseNeeds(event: { id: string; capacity: number; interpretingLanguages: readonly string[] }, registrations: readonly Counted[]): EventNeeds {
  const zero = (): Split => ({ confirmed: 0, waitlisted: 0 });
  const needs = {
    registrations: zero(),
    childcare: { registrations: zero(), children: zero() },
    accessibility: zero(),
  };
  const interpreting = new Map<string, Split>();
  const byGroup = new Map<ActorGroup | null, Split>();
  for (const r of registrations) {
    if (r.status === "cancelled") continue;
    const status = r.status;
    add(needs.registrations, status);
    if (r.interpreting) {
      if (!interpreting.has(r.interpreting)) interpreting.set(r.interpreting, zero());
      add(interpreting.get(r.interpreting)!, status);
    }
    if (r.childcare) {
      add(needs.childcare.registrations, status);
      add(needs.childcare.children, status, r.childcare.children);
    }
    if (r.accessibilityNeeds && r.accessibilityNeeds.trim() !== "") add(needs.accessibility, status);
    if (!byGroup.has(r.actorGroup)) byGroup.set(r.actorGroup, zero());
    add(byGroup.get(r.actorGroup)!, status);
  }
  const languages = [...interpreting.keys()].sort();
  const groupOrder = (g: ActorGroup | null) => (g === null ? ACTOR_GROUPS.length : ACTOR_GROUPS.indexOf(g));
  return {
    eventId: event.id,
    capacity: event.capacity,
    ...needs,
    interpreting: languages.map((language) => ({ language, ...interpreting.get(language)! })),
    byActorGroup: [...byGroup.entries()].sort(([a], [b]) => groupOrder(a) - groupOrder(b)).map(([actorGroup, split]) => ({ actorGroup, ...split })),
    uncoveredInterpreting: languages.filter((l) => !event.interpretingLanguages.includes(l)),
  };
}
