import { resolveLocale, type Steckbrief } from "@kfd/domain";
import { loadSteckbrief, type KfdDatabase } from "@kfd/db";
import { Hono, type Context } from "hono";
import type { Config } from "../config.js";
import { invalidInput, notFound, ProblemException } from "../problem/problem-exception.js";
import { berlinDate } from "../time/berlin-time.js";
import { AUTO_SIZE_SCRIPT } from "./assets/auto-size.js";
import { STECKBRIEF_CARD_CSS } from "./assets/steckbrief-card.css.js";
import { oembedRich, oembedSize, steckbriefRefFromUrl } from "./oembed.js";
import { CARD_VARIANTS, type CardVariant } from "./steckbrief-card.render.js";
import { EMBED_ASSET_PATHS, renderNotFoundPage, renderSteckbriefPage } from "./steckbrief-page.render.js";

/** The same `db`, config and clock createApp gets. */
export interface EmbedDeps {
  db: KfdDatabase;
  config?: Pick<Config, "trustProxy">;
  now?: () => Date;
}

/**
 * The embed page may be framed by any site (that is its purpose) but runs nothing inline:
 * its one script and its stylesheet come from /embed/assets.
 */
export const EMBED_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors *";
/** The public page is ours alone: nobody frames it (the embed page exists for that). */
export const PUBLIC_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The origin the world reaches us under: links in the card, the iframe and the oEmbed answer
 * must say https:// even where a TLS-terminating proxy talks http:// to us.
 */
function publicOrigin(c: Context, trustProxy: boolean): string {
  const url = new URL(c.req.url);
  if (!trustProxy) return url.origin;
  const proto = c.req.header("x-forwarded-proto")?.split(",")[0]?.trim();
  const host = c.req.header("x-forwarded-host")?.split(",")[0]?.trim();
  return `${proto === "https" || proto === "http" ? proto : url.protocol.slice(0, -1)}://${host || url.host}`;
}

/** A URL handed to /oembed may use either scheme of our host: both are ours. */
function ownOrigins(origin: string): string[] {
  const host = new URL(origin).host;
  return ["http:", "https:"].map((scheme) => `${scheme}//${host}`);
}

async function publishedSteckbrief(deps: EmbedDeps, idOrSlug: string): Promise<Steckbrief | undefined> {
  const steckbrief = await loadSteckbrief(deps.db, idOrSlug, berlinDate(deps.now?.() ?? new Date()));
  return steckbrief?.dialogue.published ? steckbrief : undefined;
}

function positiveInteger(c: Context, name: string): number | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === "") return undefined;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) === 0) throw invalidInput([{ path: name, message: "must be a positive whole number of pixels" }]);
  return Number(raw);
}

function variantOf(c: Context): CardVariant {
  const raw = c.req.query("variant");
  return (CARD_VARIANTS as readonly string[]).includes(raw ?? "") ? (raw as CardVariant) : "full";
}

function pageHeaders(csp: string): Record<string, string> {
  return {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cache-Control": "public, max-age=60",
    // Framed by other sites, also by those that isolate themselves (COEP).
    "Cross-Origin-Resource-Policy": "cross-origin",
  };
}

/** oEmbed endpoint, the frameable server-rendered Steckbrief card, the public Steckbrief page and their assets. */
export function embedRoutes(deps: EmbedDeps): Hono {
  const app = new Hono();
  const origin = (c: Context) => publicOrigin(c, deps.config?.trustProxy ?? false);

  app.get("/oembed", async (c) => {
    const url = c.req.query("url");
    if (!url) throw invalidInput([{ path: "url", message: "is required: the address of a Steckbrief" }]);
    const format = c.req.query("format") ?? "json";
    if (format !== "json") {
      throw new ProblemException({ status: 501, code: "validation_failed", title: "Format not implemented", detail: "Only format=json is offered.", errors: [{ path: "format", message: "must be json" }] });
    }
    const size = oembedSize(positiveInteger(c, "maxwidth"), positiveInteger(c, "maxheight"));
    const idOrSlug = steckbriefRefFromUrl(url, ownOrigins(origin(c)));
    if (idOrSlug === undefined) throw notFound("Steckbrief", "The url is not the address of a Steckbrief on this server.");
    const steckbrief = await publishedSteckbrief(deps, idOrSlug);
    if (!steckbrief) throw notFound("Steckbrief");
    const lang = new URL(url).searchParams.get("lang");
    return c.json(
      oembedRich({ origin: origin(c), idOrSlug: steckbrief.dialogue.slug, title: steckbrief.dialogue.title, lang: lang ? resolveLocale(lang) : undefined, ...size }),
      200,
      { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*", "Cross-Origin-Resource-Policy": "cross-origin" },
    );
  });

  app.get("/embed/steckbrief/:idOrSlug", async (c) => {
    const locale = resolveLocale(c.req.query("lang"));
    const steckbrief = await publishedSteckbrief(deps, c.req.param("idOrSlug"));
    if (!steckbrief) return c.body(renderNotFoundPage(locale), 404, pageHeaders(EMBED_PAGE_CSP));
    const page = renderSteckbriefPage(steckbrief, { locale, variant: variantOf(c), mode: "embed", origin: origin(c) });
    return c.body(page, 200, pageHeaders(EMBED_PAGE_CSP));
  });

  app.get("/steckbrief/:slug", async (c) => {
    const locale = resolveLocale(c.req.query("lang"));
    const steckbrief = await publishedSteckbrief(deps, c.req.param("slug"));
    if (!steckbrief) return c.body(renderNotFoundPage(locale), 404, pageHeaders(PUBLIC_PAGE_CSP));
    const page = renderSteckbriefPage(steckbrief, { locale, variant: "full", mode: "public", origin: origin(c) });
    return c.body(page, 200, pageHeaders(PUBLIC_PAGE_CSP));
  });

  const asset = (body: string, type: string) => (c: Context) =>
    c.body(body, 200, { "Content-Type": `${type}; charset=utf-8`, "Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff", "Cross-Origin-Resource-Policy": "cross-origin" });
  app.get(EMBED_ASSET_PATHS.css, asset(STECKBRIEF_CARD_CSS, "text/css"));
  app.get(EMBED_ASSET_PATHS.script, asset(AUTO_SIZE_SCRIPT, "text/javascript"));

  return app;
}
