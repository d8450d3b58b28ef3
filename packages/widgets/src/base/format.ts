import { EVENT_TIME_ZONE } from "@kfd/domain";

/*
 * Dates are always shown in the Gregorian calendar and the event's time zone: a reader in
 * Farsi must find the same day on the town's poster, not its Solar Hijri equivalent.
 */
const base = { timeZone: EVENT_TIME_ZONE, calendar: "gregory" } as const;

/** "Donnerstag, 3. Dezember 2026, 18:00–20:30" in the reader's language, Berlin time. */
export function formatEventTime(startsAt: string, endsAt: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { ...base, dateStyle: "full", timeStyle: "short" });
  return format.formatRange(new Date(startsAt), new Date(endsAt));
}

export function formatDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { ...base, dateStyle: "long" }).format(new Date(isoDate));
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** "ar" → "Arabisch" for a German reader, "العربية" … uses the browser's own language names. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Arabisch, Englisch und Türkisch" in the reader's language. */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
}
