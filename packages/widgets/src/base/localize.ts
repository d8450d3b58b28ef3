import { configureReentrantLocalization } from "@lit/localize/init/reentrant.js";
import type { LocaleModule } from "@lit/localize";
import { LOCALES, SOURCE_LOCALE, type Locale } from "@kfd/domain";

type TargetLocale = Exclude<Locale, "de">;

// One lazily loaded chunk per language: a German page never downloads Farsi.
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  en: () => import("../locales/en.js"),
  ar: () => import("../locales/ar.js"),
  fa: () => import("../locales/fa.js"),
  uk: () => import("../locales/uk.js"),
  tr: () => import("../locales/tr.js"),
};

const loaded = new Map<Locale, LocaleModule>();
const loading = new Map<Locale, Promise<void>>();
let renderingLocale: Locale = SOURCE_LOCALE;

/*
 * Widgets on one page may speak different languages, so the single global locale of
 * @lit/localize's runtime mode does not fit. Reentrant mode asks `getLocale()` on every
 * `msg()` call; KfdElement sets it around its own synchronous render (see ADR 0004).
 */
configureReentrantLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: LOCALES.filter((l) => l !== SOURCE_LOCALE),
  getLocale: () => renderingLocale,
  loadLocaleSync: (locale) => loaded.get(locale as Locale),
});

/** Resolves once `locale`'s translations can be used; a failed load falls back to German. */
export function loadLocale(locale: Locale): Promise<void> | undefined {
  if (locale === SOURCE_LOCALE || loaded.has(locale)) return undefined;
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as TargetLocale]()
      .then((module) => void loaded.set(locale, module))
      .catch(() => undefined);
    loading.set(locale, pending);
  }
  return pending;
}

/** Runs `render` with `msg()` answering in `locale`. */
export function inLocale<T>(locale: Locale, render: () => T): T {
  const previous = renderingLocale;
  renderingLocale = locale;
  try {
    return render();
  } finally {
    renderingLocale = previous;
  }
}
