import { directionOf, LOCALES, resolveLocale, SOURCE_LOCALE, type Locale } from "@kfd/domain";
import { de, type MessageId, type Messages, type PluralId } from "./de.js";
import type { TemplateMessageId, TemplateMessages } from "./templates/template-messages.js";

export type { MessageId, PluralId };

/** A language: the console's messages and the method templates' texts. */
interface Translation {
  messages: Messages;
  templates: TemplateMessages;
}

/** Each language loads in chunks of its own: a German session never downloads Farsi. */
const loaders: Record<Exclude<Locale, "de">, () => Promise<Translation>> = {
  en: () => translation(import("./locales/en.js"), import("./templates/en.js")),
  ar: () => translation(import("./locales/ar.js"), import("./templates/ar.js")),
  fa: () => translation(import("./locales/fa.js"), import("./templates/fa.js")),
  uk: () => translation(import("./locales/uk.js"), import("./templates/uk.js")),
  tr: () => translation(import("./locales/tr.js"), import("./templates/tr.js")),
};

async function translation(messages: Promise<Pick<Translation, "messages">>, templates: Promise<Pick<Translation, "templates">>): Promise<Translation> {
  const [loaded, templateTexts] = await Promise.all([messages, templates]);
  return { messages: loaded.messages, templates: templateTexts.templates };
}

/** Each language names itself, so a person who reads no German still finds theirs. */
export const LOCALE_NAMES: Record<Locale, string> = {
  de: "Deutsch",
  en: "English",
  ar: "العربية",
  fa: "فارسی",
  uk: "Українська",
  tr: "Türkçe",
};

const STORAGE_KEY = "kfd-admin-locale";
export const LOCALE_CHANGED = "kfd-locale-changed";

let locale: Locale = SOURCE_LOCALE;
let catalogue: Messages = de;
/** German has none: the templates' German comes from @kfd/domain through the API. */
let templateCatalogue: TemplateMessages = {};

export function currentLocale(): Locale {
  return locale;
}

/** Replaces `{name}` with the value of `name`; a placeholder without a value stays visible. */
function fill(template: string, values: Record<string, string | number> | undefined): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function hasMessage(id: string): id is MessageId {
  return Object.hasOwn(de, id);
}

export function t(id: MessageId, values?: Record<string, string | number>): string {
  return fill(catalogue[id] ?? de[id], values);
}

/** A method template's text in the console's language, else the German the API sent. */
export function templateText(id: TemplateMessageId, german: string): string {
  return templateCatalogue[id] || german;
}

/**
 * One formatter per language, made again only when the language changes: Intl objects are costly to
 * build, and a check-in list or a registrations table formats hundreds of values in one render.
 */
export function perLocale<T>(make: (locale: Locale) => T): () => T {
  let madeFor: Locale | undefined;
  let made: T;
  return () => {
    if (madeFor !== locale) {
      made = make(locale);
      madeFor = locale;
    }
    return made;
  };
}

const pluralRules = perLocale((l) => new Intl.PluralRules(l));
const numberFormat = perLocale((l) => new Intl.NumberFormat(l));

/** A counted message: picks the language's plural form of `count` (Arabic has six), `{count}` is filled in. */
export function tn(id: PluralId, count: number, values?: Record<string, string | number>): string {
  const form = pluralRules().select(count);
  const messages = catalogue as Record<string, string | undefined>;
  const template = messages[`${id}.${form}`] ?? messages[`${id}.other`] ?? (de as Record<string, string>)[`${id}.other`]!;
  return fill(template, { count: formatNumber(count), ...values });
}

export function formatNumber(value: number): string {
  return numberFormat().format(value);
}

/** The language chosen before on this device, else the browser's first supported one, else German. */
export function preferredLocale(): Locale {
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  if (stored && (LOCALES as readonly string[]).includes(stored)) return stored as Locale;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const candidate = resolveLocale(tag);
    if (candidate !== SOURCE_LOCALE || tag.toLowerCase().startsWith("de")) return candidate;
  }
  return SOURCE_LOCALE;
}

/**
 * Switches the whole console: loads the catalogue, sets the document's lang and dir (so the
 * layout mirrors for Arabic and Farsi), remembers the choice, and tells every screen to render again.
 */
export async function setLocale(requested: Locale, { remember = true } = {}): Promise<void> {
  ({ locale, catalogue, templateCatalogue } = await load(requested));
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
  if (remember) safeStorage()?.setItem(STORAGE_KEY, locale);
  window.dispatchEvent(new CustomEvent(LOCALE_CHANGED, { detail: { locale } }));
}

async function load(requested: Locale): Promise<{ locale: Locale; catalogue: Messages; templateCatalogue: TemplateMessages }> {
  const german = { locale: SOURCE_LOCALE, catalogue: de, templateCatalogue: {} };
  if (requested === "de") return german;
  try {
    const { messages, templates } = await loaders[requested]();
    return { locale: requested, catalogue: messages, templateCatalogue: templates };
  } catch {
    // A chunk that cannot be loaded (offline, deployment in progress) leaves the console in German rather than broken.
    return german;
  }
}

/** Storage can be switched off or throw in private modes; the language choice is a convenience, not a need. */
function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
