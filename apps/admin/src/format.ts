import { perLocale } from "./i18n/i18n.js";

/*
 * Dates in the person's language but always on Berlin's clock: the events happen there,
 * whichever time zone the laptop of the person planning them is set to.
 */
const berlin = (options: Intl.DateTimeFormatOptions) => perLocale((locale) => new Intl.DateTimeFormat(locale, { ...options, timeZone: "Europe/Berlin" }));
const dateTime = berlin({ dateStyle: "medium", timeStyle: "short" });
const date = berlin({ dateStyle: "medium" });
const calendarDay = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" });
const languages = perLocale((locale) => new Intl.DisplayNames(locale, { type: "language" }));

export const formatDateTime = (iso: string): string => dateTime().format(new Date(iso));
export const formatDate = (isoDate: string): string => date().format(new Date(isoDate.length === 10 ? `${isoDate}T12:00:00Z` : isoDate));
/** Today in Berlin as YYYY-MM-DD, the calendar the due dates are kept in. */
export const today = (): string => calendarDay.format(new Date());

/** "fa" → "Persisch" (or "Persian", "فارسی"): staff plan interpreters by language name, not by code. */
export const languageName = (code: string): string => languages().of(code) ?? code;
