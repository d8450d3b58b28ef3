import { EVENT_TIME_ZONE } from "@kfd/domain";

const DAY_MS = 86_400_000;

const calendarDay = new Intl.DateTimeFormat("en-CA", { timeZone: EVENT_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
const zoneOffset = new Intl.DateTimeFormat("en-US", { timeZone: EVENT_TIME_ZONE, timeZoneName: "longOffset" });

/** "+01:00" in winter, "+02:00" in summer: the offset the event's zone has at that instant. */
function offsetAt(at: Date): string {
  const name = zoneOffset.formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const offset = name.replace("GMT", "");
  return offset === "" ? "+00:00" : offset;
}

/**
 * The wall-clock time `time` ("18:00") on the local calendar day `days` after `now`, as an
 * instant with the zone's offset of that day — so a demo evening stays an evening whatever
 * the season and whatever the server's own time zone.
 */
export function localInstant(now: Date, days: number, time: string): string {
  const day = calendarDay.format(new Date(now.getTime() + days * DAY_MS));
  // Clocks change at night; the offset at noon is the offset of the whole evening.
  const offset = offsetAt(new Date(`${day}T12:00:00Z`));
  return `${day}T${time}:00${offset}`;
}
