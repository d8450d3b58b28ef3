import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { createApp, loadConfig } from "@kfd/api";
import { upsertMunicipalities } from "@kfd/db";
import { createTestDatabase, TEST_MUNICIPALITY, type TestDatabase } from "@kfd/db/testing";
import type { ClientOptions } from "@kfd/sdk";
import { launchChromium } from "@kfd/browser-testing";
import type { Browser, BrowserContext, Page } from "playwright-core";

export const ADMIN_TOKEN = "widgets-test-admin-token-0123456789";

/** A stylesheet of the kind a careless theme ships; the widgets must stay readable under it. */
export const HOSTILE_CSS = "html{font-size:62.5%} *{box-sizing:content-box!important; line-height:.8; text-transform:uppercase}";


export interface Stack {
  /** Origin of the real API app (also serving /widgets/*). */
  api: string;
  /** Origin of the municipal "host" website: another port, another origin. */
  host: string;
  /** SDK options with the admin token, for arranging data through the public contract. */
  admin: ClientOptions;
  db: TestDatabase;
  browser: Browser;
  /** Serves `html` at a fresh path of the host site and returns its URL. */
  hostPage(html: string, options?: { csp?: string | false }): string;
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

/**
 * The real API (temp SQLite, widget files from packages/widgets/dist) on one port, a host
 * site on another, and a headless Chromium. The host site answers with a strict CSP that
 * allows scripts, styles and connections only from the API's origin.
 */
export async function startStack(): Promise<Stack> {
  const pages = new Map<string, { html: string; csp: string | false }>();
  const hostServer = createServer((req, res) => {
    if (req.url === "/hostile.css") {
      res.writeHead(200, { "content-type": "text/css; charset=utf-8" }).end(HOSTILE_CSS);
      return;
    }
    const page = pages.get(req.url ?? "");
    if (!page) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const headers: Record<string, string> = { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" };
    if (page.csp !== false) headers["content-security-policy"] = page.csp;
    res.writeHead(200, headers).end(page.html);
  });
  const hostPort = await listen(hostServer);
  // "localhost" vs "127.0.0.1": a different site as well as a different origin.
  const host = `http://localhost:${hostPort}`;

  const db = await createTestDatabase("sqlite");
  await upsertMunicipalities(db.db, [TEST_MUNICIPALITY], new Date());
  const config = loadConfig({
    DATABASE_URL: db.url,
    KFD_ADMIN_TOKEN: ADMIN_TOKEN,
    KFD_RATE_LIMIT: "0",
    KFD_EMBED_ORIGINS: host,
    KFD_READ_CACHE_MS: "0",
    KFD_LOG: "0",
    KFD_DEMO_DIR: "/nonexistent",
    KFD_ADMIN_DIR: "/nonexistent",
  });
  // The API serves a snapshot of the build: a rebuild while the tests run must not pull files away.
  const widgetFiles = mkdtempSync(join(tmpdir(), "kfd-widget-files-"));
  cpSync(join(dirname(fileURLToPath(import.meta.url)), "..", "dist"), widgetFiles, { recursive: true });
  const previousWidgetsDir = process.env.KFD_WIDGETS_DIR;
  process.env.KFD_WIDGETS_DIR = widgetFiles;
  const app = createApp({ db: db.db, config });
  if (previousWidgetsDir === undefined) delete process.env.KFD_WIDGETS_DIR;
  else process.env.KFD_WIDGETS_DIR = previousWidgetsDir;
  const apiServer = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }) as Server;
  if (!apiServer.listening) await new Promise((resolve) => apiServer.once("listening", resolve));
  const api = `http://127.0.0.1:${(apiServer.address() as AddressInfo).port}`;

  const browser = await launchChromium();
  const strictCsp = `default-src 'none'; script-src ${api}; connect-src ${api}; style-src 'self' ${api}`;
  let pageNumber = 0;

  return {
    api,
    host,
    admin: { baseUrl: api, token: ADMIN_TOKEN },
    db,
    browser,
    hostPage(html, options = {}) {
      const path = `/page-${++pageNumber}.html`;
      pages.set(path, { html, csp: options.csp ?? strictCsp });
      return `${host}${path}`;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => apiServer.close(resolve));
      await new Promise((resolve) => hostServer.close(resolve));
      await db.cleanup();
      rmSync(widgetFiles, { recursive: true, force: true });
    },
  };
}

/** A municipal page embedding one widget the documented way: a module script from the API and the tag. */
export function embeddingPage(stack: Stack, widget: string, options: { lang?: string; hostileCss?: boolean; title?: string } = {}): string {
  const lang = options.lang ?? "de";
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${options.title ?? "Gemeinde Musterhausen – Veranstaltungen"}</title>
${options.hostileCss ? '<link rel="stylesheet" href="/hostile.css">' : ""}
<script type="module" src="${stack.api}/widgets/registration-form.js"></script>
</head>
<body>
<main>
<h1>Gemeinde Musterhausen</h1>
${widget}
</main>
</body>
</html>`;
}

export interface Observed {
  consoleErrors: string[];
  requests: string[];
  cspViolations(): Promise<string[]>;
}

/** A fresh page that records console errors, every request URL and CSP violations. */
export async function observedPage(stack: Stack, options: { locale?: string } = {}): Promise<{ page: Page; context: BrowserContext; observed: Observed }> {
  const context = await stack.browser.newContext({ locale: options.locale ?? "de-DE", timezoneId: "America/New_York" });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  page.on("request", (request) => requests.push(request.url()));
  // Installed through the DevTools protocol, so the page's own CSP does not stop it.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __kfdViolations: string[] }).__kfdViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return {
    page,
    context,
    observed: {
      consoleErrors,
      requests,
      cspViolations: () => page.evaluate(() => (globalThis as unknown as { __kfdViolations: string[] }).__kfdViolations),
    },
  };
}
