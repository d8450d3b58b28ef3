import type { CheckInEntry, EventNeeds } from "@kfd/domain";
import type { ClientOptions, RequestOptions } from "../options.js";
import { request, segment } from "../request.js";

/** Staff: interpreting per language, children, access needs and actor groups, summed (no names). */
export function getEventNeeds(options: ClientOptions, eventId: string, call?: RequestOptions): Promise<EventNeeds> {
  return request(options, `/v1/events/${segment(eventId)}/needs`, call);
}

/** Staff: the list at the door, by name (every call is audited). Tick people off with `setAttendance`. */
export function getCheckInList(options: ClientOptions, eventId: string, call?: RequestOptions): Promise<CheckInEntry[]> {
  return request(options, `/v1/events/${segment(eventId)}/check-in`, call);
}
