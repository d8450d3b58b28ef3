import { findPublicEvent } from "@kfd/db";
import { notFound } from "../problem/problem-exception.js";
import type { AppServices } from "../services.js";
import { eventIcs } from "./event-ics.js";

export function registerCalendarRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "get",
      path: "/v1/events/{id}/calendar.ics",
      operationId: "getEventCalendar",
      tag: "Events",
      summary: "The event as an iCalendar file (RFC 5545)",
      description: "Times in Europe/Berlin with a VTIMEZONE; a cancelled event has STATUS:CANCELLED, so calendars that imported it update.",
      access: "public",
      params: { id: "The event's id." },
      responses: { 200: { description: "The calendar file.", contentType: "text/calendar" } },
      problems: [404],
    },
    async (c, { param }) => {
      const event = await findPublicEvent(s.db, param("id"));
      if (!event) throw notFound("Event", "No event with this id exists.");
      return c.body(eventIcs(event, { now: s.now() }), 200, {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="veranstaltung-${event.id}.ics"`,
      });
    },
  );
}
