import { currentLocale } from "./i18n/i18n.js";

/*
 * Dates in the person's language but always on Berlin's clock: the events happen there,
 * whichever time zone the laptop of the person planning them is set to.
 */
const formatter = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(currentLocale(), { ...options, timeZone: "Europe/Berlin" });

export const formatDateTime = (iso: string): string => formatter({ dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
export const formatDate = (isoDate: string): string => formatter({ dateStyle: "medium" }).format(new Date(isoDate.length === 10 ? `${isoDate}T12:00:00Z` : isoDate));
/** Today in Berlin as YYYY-MM-DD, the calendar the due dates are kept in. */
export const today = (): string => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" }).format(new Date());

/** "fa" → "Persisch" (or "Persian", "فارسی"): staff plan interpreters by language name, not by code. */
export const languageName = (code: string): string => new Intl.DisplayNames(currentLocale(), { type: "language" }).of(code) ?? code;
