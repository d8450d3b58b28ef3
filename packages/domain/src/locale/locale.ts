import * as z from "zod/mini";
import { LOCALES } from "./locale-codes.js";

export type { Locale } from "./locale-codes.js";

export const localeSchema = z.enum(LOCALES);

/** A spoken language offered or needed at an event, as an ISO 639 code ("ar", "ti", "prs"). */
export const languageCode = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, "must be an ISO 639 language code such as ar or ti"));
