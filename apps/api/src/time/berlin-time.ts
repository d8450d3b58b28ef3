import { EVENT_TIME_ZONE } from "@kfd/domain";

const formatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: EVENT_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

export interface LocalTime {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

/** Wall-clock time in Europe/Berlin, where every event takes place. */
export function berlinTime(instant: Date): LocalTime {
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** Today's date (YYYY-MM-DD) in Berlin: what "overdue" is measured against. */
export function berlinDate(instant: Date): string {
  const t = berlinTime(instant);
  return `${t.year}-${t.month}-${t.day}`;
}
