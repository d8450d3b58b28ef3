import type { Accessibility, ActorGroup, Event, EventFields, Quotas, SeatCounts } from "@kfd/domain";
import { definedOnly, fromFlag, fromJson, fromNullableJson, toFlag, toJson } from "../shared/columns.js";
import type { EventRow, EventTable } from "./event.table.js";

type EventFieldColumns = Pick<
  EventTable,
  | "title"
  | "description"
  | "starts_at"
  | "ends_at"
  | "venue"
  | "format"
  | "online_url"
  | "capacity"
  | "waitlist"
  | "registration_opens_at"
  | "registration_closes_at"
  | "languages"
  | "interpreting_languages"
  | "childcare"
  | "accessibility"
  | "quotas"
>;

export function toEventColumns(fields: EventFields): EventFieldColumns {
  return {
    title: fields.title,
    description: fields.description,
    starts_at: fields.startsAt,
    ends_at: fields.endsAt,
    venue: fields.venue ? toJson(fields.venue) : null,
    format: fields.format,
    online_url: fields.onlineUrl ?? null,
    capacity: fields.capacity,
    waitlist: toFlag(fields.waitlist),
    registration_opens_at: fields.registrationOpensAt ?? null,
    registration_closes_at: fields.registrationClosesAt ?? null,
    languages: toJson(fields.languages),
    interpreting_languages: toJson(fields.interpretingLanguages),
    childcare: toFlag(fields.childcare),
    accessibility: toJson(fields.accessibility),
    quotas: toJson(fields.quotas),
  };
}

export function toEvent(row: EventRow): Event {
  return definedOnly({
    id: row.id,
    dialogueId: row.dialogue_id,
    title: row.title,
    description: row.description,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    venue: fromNullableJson<NonNullable<Event["venue"]>>(row.venue),
    format: row.format,
    onlineUrl: row.online_url ?? undefined,
    capacity: row.capacity,
    waitlist: fromFlag(row.waitlist),
    registrationOpensAt: row.registration_opens_at ?? undefined,
    registrationClosesAt: row.registration_closes_at ?? undefined,
    languages: fromJson<string[]>(row.languages),
    interpretingLanguages: fromJson<string[]>(row.interpreting_languages),
    childcare: fromFlag(row.childcare),
    accessibility: fromJson<Accessibility>(row.accessibility),
    quotas: fromJson<Quotas>(row.quotas),
    status: row.status,
    cancelledReason: row.cancelled_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }) as Event;
}

export function fieldsOfEvent(e: Event): EventFields {
  const { id: _id, dialogueId: _d, status: _s, cancelledReason: _c, createdAt: _ca, updatedAt: _u, ...fields } = e;
  return fields;
}

export function seatCountsOf(row: Pick<EventRow, "confirmed_count" | "confirmed_by_group">): SeatCounts {
  return { confirmed: Number(row.confirmed_count), confirmedByGroup: fromJson<Partial<Record<ActorGroup, number>>>(row.confirmed_by_group) };
}
