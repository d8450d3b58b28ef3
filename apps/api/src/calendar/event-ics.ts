import { EVENT_TIME_ZONE, type PublicEvent } from "@kfd/domain";
import { berlinTime } from "../time/berlin-time.js";
import { escapeText, icsDocument } from "./ics-text.js";

/** Europe/Berlin since 1996 (EU rules): last Sunday of March and of October. */
const VTIMEZONE_BERLIN = [
  "BEGIN:VTIMEZONE",
  `TZID:${EVENT_TIME_ZONE}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

function localDateTime(iso: string): string {
  const t = berlinTime(new Date(iso));
  return `${t.year}${t.month}${t.day}T${t.hour}${t.minute}${t.second}`;
}

function utcDateTime(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/**
 * One event as an iCalendar file. Times are given in Europe/Berlin with the zone spelled out,
 * so calendars show the local time the town announced. SEQUENCE grows with every change
 * (seconds since creation at the last update), so calendar clients replace older copies.
 */
export function eventIcs(event: PublicEvent, options: { now: Date }): string {
  const description = [event.description, `${event.dialogueTitle} – ${event.municipalityName}`].filter((t) => t.trim() !== "").join("\n\n");
  const location = event.venue ? [event.venue.name, event.venue.address].filter((t) => t.trim() !== "").join(", ") : event.format === "online" ? "Online" : "";
  const sequence = Math.max(0, Math.floor((Date.parse(event.updatedAt) - Date.parse(event.createdAt)) / 1000));
  const summary = event.status === "cancelled" ? `Abgesagt: ${event.title}` : event.title;
  return icsDocument([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//kfd//Kommunale Fluechtlingsdialoge//DE",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...VTIMEZONE_BERLIN,
    "BEGIN:VEVENT",
    // The id alone is unique and stable; a host name would change with the proxy in front.
    `UID:${event.id}@kfd`,
    `DTSTAMP:${utcDateTime(options.now)}`,
    `LAST-MODIFIED:${utcDateTime(new Date(event.updatedAt))}`,
    `SEQUENCE:${sequence}`,
    `DTSTART;TZID=${EVENT_TIME_ZONE}:${localDateTime(event.startsAt)}`,
    `DTEND;TZID=${EVENT_TIME_ZONE}:${localDateTime(event.endsAt)}`,
    `SUMMARY:${escapeText(summary)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    ...(event.onlineUrl ? [`URL:${event.onlineUrl}`] : []),
    `STATUS:${event.status === "cancelled" ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
  ]);
}
