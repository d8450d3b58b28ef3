/*
 * Plain values and rules without a schema, so browser code can use them without loading zod.
 */

/** The languages kfd's user interfaces speak; German is the source language. */
export const LOCALES = ["de", "en", "ar", "fa", "uk", "tr"] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = "de";

const RTL_LANGUAGES = new Set(["ar", "fa", "he", "ur", "ps", "ckb", "prs"]);

/** Text direction of a BCP 47 language tag ("fa-AF" → rtl). */
export function directionOf(languageTag: string): "ltr" | "rtl" {
  const primary = languageTag.toLowerCase().split(/[-_]/)[0] ?? "";
  return RTL_LANGUAGES.has(primary) ? "rtl" : "ltr";
}

/** Best supported locale for a BCP 47 tag: "ar-SY" → "ar", "prs" (Dari) → "fa", anything else → German. */
export function resolveLocale(languageTag: string | null | undefined): Locale {
  const primary = (languageTag ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
  if (primary === "prs") return "fa";
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : SOURCE_LOCALE;
}
