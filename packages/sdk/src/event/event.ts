import type { CreateEventInput, Event, PublicEvent, UpdateEventInput } from "@kfd/domain";
import type { ClientOptions, RequestOptions } from "../options.js";
import { request, segment, urlOf } from "../request.js";

/** An event with live seat figures (`seatsLeft`, `waitlistCount`) and no registrant's data. */
export function getEvent(options: ClientOptions, eventId: string, call?: RequestOptions): Promise<PublicEvent> {
  return request(options, `/v1/events/${segment(eventId)}`, call);
}

export function listEvents(options: ClientOptions, dialogueIdOrSlug: string, call?: RequestOptions): Promise<PublicEvent[]> {
  return request(options, `/v1/dialogues/${segment(dialogueIdOrSlug)}/events`, call);
}

/** Admin: `{ title, startsAt, endsAt, capacity }` is enough; everything else has defaults. */
export function createEvent(options: ClientOptions, dialogueIdOrSlug: string, input: CreateEventInput, call?: RequestOptions): Promise<Event> {
  return request(options, `/v1/dialogues/${segment(dialogueIdOrSlug)}/events`, { ...call, method: "POST", body: input });
}

/** Admin: a larger capacity moves people up from the waitlist at once. */
export function updateEvent(options: ClientOptions, eventId: string, patch: UpdateEventInput, call?: RequestOptions): Promise<Event> {
  return request(options, `/v1/events/${segment(eventId)}`, { ...call, method: "PATCH", body: patch });
}

/** Admin: cancels the event; registrations are closed from then on. */
export function cancelEvent(options: ClientOptions, eventId: string, reason = "", call?: RequestOptions): Promise<Event> {
  return request(options, `/v1/events/${segment(eventId)}/cancel`, { ...call, method: "POST", body: { reason } });
}

/** The event as an iCalendar (`.ics`) file. */
export function getEventCalendar(options: ClientOptions, eventId: string, call?: RequestOptions): Promise<string> {
  return request(options, `/v1/events/${segment(eventId)}/calendar.ics`, { ...call, accept: "text/calendar" });
}

/** Link to the event's `.ics` file, for "add to calendar". */
export function eventCalendarUrl(options: Pick<ClientOptions, "baseUrl">, eventId: string): string {
  return urlOf(options, `/v1/events/${segment(eventId)}/calendar.ics`);
}
