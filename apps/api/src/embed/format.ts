import type { Locale } from "@kfd/domain";

/** Locale-aware figures for the card; Gregorian dates for every locale, because the events happen in Germany. */
export interface CardFormat {
  number(n: number): string;
  percent(n: number): string;
  euro(n: number): string;
  date(isoDate: string): string;
}

export function cardFormat(locale: Locale): CardFormat {
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: "percent" });
  const euro = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Berlin", calendar: "gregory" });
  return {
    number: (n) => number.format(n),
    percent: (n) => percent.format(n / 100),
    euro: (n) => euro.format(n),
    // A calendar date has no time of day: anchor it at noon so no zone shifts it to another day.
    date: (isoDate) => date.format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`)),
  };
}
