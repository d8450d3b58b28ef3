import { directionOf, LOCALES, type Locale, type Steckbrief } from "@kfd/domain";
import { CARD_TEXT } from "./card-text.js";
import { cardFormat } from "./format.js";
import { html, type SafeHtml } from "./html.js";
import { renderSteckbriefCard, type CardVariant } from "./steckbrief-card.render.js";

export const EMBED_ASSET_PATHS = { css: "/embed/assets/steckbrief-card.css", script: "/embed/assets/auto-size.js" } as const;

const LANGUAGE_NAMES: Record<Locale, string> = { de: "Deutsch", en: "English", ar: "العربية", fa: "فارسی", uk: "Українська", tr: "Türkçe" };

export interface SteckbriefPageOptions {
  locale: Locale;
  variant: CardVariant;
  /** The iframe page sizes itself to its parent; the public page links its translations instead. */
  mode: "embed" | "public";
  origin: string;
}

function document(locale: Locale, head: SafeHtml, bodyClass: string, body: SafeHtml): string {
  return `<!doctype html>\n${
    html`<html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">${head}<link rel="stylesheet" href="${EMBED_ASSET_PATHS.css}"></head><body class="${bodyClass}">${body}</body></html>`.__html
  }\n`;
}

function withLang(url: string, locale: Locale): string {
  return locale === "de" ? url : `${url}?lang=${locale}`;
}

export function renderSteckbriefPage(s: Steckbrief, o: SteckbriefPageOptions): string {
  const slug = s.dialogue.slug;
  const publicUrl = `${o.origin}/steckbrief/${encodeURIComponent(slug)}`;
  const card = renderSteckbriefCard(s, {
    text: CARD_TEXT[o.locale],
    format: cardFormat(o.locale),
    variant: o.variant,
    fullProfileUrl: o.mode === "embed" ? withLang(publicUrl, o.locale) : undefined,
  });
  const pageUrl = o.mode === "embed" ? `${o.origin}/embed/steckbrief/${encodeURIComponent(slug)}` : publicUrl;
  const oembed = `${o.origin}/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;
  const head = html`<title>${CARD_TEXT[o.locale].eyebrow}: ${s.dialogue.title}</title><link rel="alternate" type="application/json+oembed" href="${oembed}" title="${s.dialogue.title}">${
    o.mode === "public" && LOCALES.map((l) => html`<link rel="alternate" hreflang="${l}" href="${withLang(publicUrl, l)}">`)
  }${o.mode === "embed" && html`<script src="${EMBED_ASSET_PATHS.script}" defer></script>`}`;
  if (o.mode === "embed") return document(o.locale, head, "embed", html`<main>${card}</main>`);
  const langs = html`<nav aria-label="Sprache / Language"><ul class="langs">${LOCALES.map(
    (l) => html`<li><a href="${withLang(publicUrl, l)}" hreflang="${l}" lang="${l}"${l === o.locale ? html` aria-current="page"` : ""}>${LANGUAGE_NAMES[l]}</a></li>`,
  )}</ul></nav>`;
  return document(o.locale, head, "page", html`<main class="page-wrap">${langs}${card}</main>`);
}

/** A small page of its own for a missing or unpublished Steckbrief, so the frame says what happened. */
export function renderNotFoundPage(locale: Locale): string {
  const text = CARD_TEXT[locale];
  return document(locale, html`<title>${text.notFound}</title><script src="${EMBED_ASSET_PATHS.script}" defer></script>`, "embed", html`<main class="card"><h1 class="title">${text.notFound}</h1></main>`);
}
