import { escapeHtml } from "./html.js";

/** The three kinds of address a Steckbrief has; an oEmbed consumer may be handed any of them. */
const STECKBRIEF_PATHS = [/^\/embed\/steckbrief\/([^/]+)\/?$/, /^\/steckbrief\/([^/]+)\/?$/, /^\/v1\/dialogues\/([^/]+)\/steckbrief\/?$/];

/** The dialogue id or slug a Steckbrief URL of one of our origins points at, else undefined. */
export function steckbriefRefFromUrl(url: string, origins: readonly string[]): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!origins.includes(parsed.origin)) return undefined;
  for (const pattern of STECKBRIEF_PATHS) {
    const match = pattern.exec(parsed.pathname);
    if (!match?.[1]) continue;
    try {
      return decodeURIComponent(match[1]);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export const OEMBED_DEFAULT_SIZE = { width: 640, height: 720 } as const;
const MIN_WIDTH = 280;

/** oEmbed: the consumer's maximum wins over our default, but a card narrower than a phone is useless. */
export function oembedSize(maxwidth: number | undefined, maxheight: number | undefined): { width: number; height: number } {
  return {
    width: Math.max(MIN_WIDTH, Math.min(OEMBED_DEFAULT_SIZE.width, maxwidth ?? Infinity)),
    height: Math.min(OEMBED_DEFAULT_SIZE.height, maxheight ?? Infinity),
  };
}

export interface OembedRich {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: "kfd";
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}

export function oembedRich(input: { origin: string; idOrSlug: string; title: string; lang: string | undefined; width: number; height: number }): OembedRich {
  const src = `${input.origin}/embed/steckbrief/${encodeURIComponent(input.idOrSlug)}${input.lang ? `?lang=${encodeURIComponent(input.lang)}` : ""}`;
  // No style attribute: hosts under a strict CSP would block it; width/height attributes suffice.
  const iframe = `<iframe src="${escapeHtml(src)}" title="${escapeHtml(`Steckbrief: ${input.title}`)}" width="${input.width}" height="${input.height}" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" class="kfd-steckbrief-frame"></iframe>`;
  return {
    version: "1.0",
    type: "rich",
    title: input.title,
    provider_name: "kfd",
    provider_url: `${input.origin}/`,
    html: iframe,
    width: input.width,
    height: input.height,
    cache_age: 3600,
  };
}
