const dateTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
const date = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Europe/Berlin" });

export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));
export const formatDate = (isoDate: string): string => date.format(new Date(isoDate.length === 10 ? `${isoDate}T12:00:00Z` : isoDate));
/** Today in Berlin as YYYY-MM-DD, the calendar the due dates are kept in. */
export const today = (): string => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" }).format(new Date());

const languages = new Intl.DisplayNames("de", { type: "language" });
/** "fa" → "Persisch": staff plan interpreters by language name, not by code. */
export const languageName = (code: string): string => languages.of(code) ?? code;
