import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { createApp, loadConfig } from "@kfd/api";
import { createStaff, hashPassword, upsertMunicipalities } from "@kfd/db";
import { createTestDatabase, TEST_MUNICIPALITY, type TestDatabase } from "@kfd/db/testing";
import { launchChromium } from "@kfd/browser-testing";
import type { Browser } from "playwright-core";


export const EDITOR = { email: "integration@tuebingen.example", password: "Vorbereitung-2026!", name: "Lea Integration" };
export const STATE_ADMIN = { email: "land@example.org", password: "Landesverwaltung-2026!", name: "Karl Land" };

export interface ConsoleStack {
  /** Origin of the real API, serving the built console at /admin/ and the widgets at /widgets/. */
  api: string;
  /** A municipal website on another origin, for the embedded registration form. */
  host: string;
  municipalityAgs: string;
  db: TestDatabase;
  browser: Browser;
  hostPage(html: string): string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The real API on a temp SQLite file, with an editor of the test municipality and a state admin
 * signed up through the real repositories; the console and the widgets served from snapshots of
 * their builds; a host site on another origin; a headless Chromium.
 */
export async function startConsoleStack(): Promise<ConsoleStack> {
  const pages = new Map<string, string>();
  const hostServer = createServer((req, res) => {
    const html = pages.get(req.url ?? "");
    if (!html) return void res.writeHead(404).end("not found");
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": `default-src 'none'; script-src ${api}; connect-src ${api}; style-src 'self' ${api}` }).end(html);
  });
  await new Promise<void>((resolve) => hostServer.listen(0, "127.0.0.1", resolve));
  const host = `http://localhost:${(hostServer.address() as AddressInfo).port}`;

  const port = await freePort();
  const api = `http://127.0.0.1:${port}`;
  const db = await createTestDatabase("sqlite");
  const now = new Date();
  await upsertMunicipalities(db.db, [TEST_MUNICIPALITY], now);
  await createStaff(db.db, { email: EDITOR.email, name: EDITOR.name, role: "municipality-editor", municipalityAgs: [TEST_MUNICIPALITY.ags], passwordHash: await hashPassword(EDITOR.password) }, now);
  await createStaff(db.db, { email: STATE_ADMIN.email, name: STATE_ADMIN.name, role: "state-admin", municipalityAgs: [], passwordHash: await hashPassword(STATE_ADMIN.password) }, now);

  // Snapshots: a rebuild while the test runs must not pull files away.
  const adminFiles = mkdtempSync(join(tmpdir(), "kfd-admin-files-"));
  cpSync(join(here, "..", "dist"), adminFiles, { recursive: true });
  const widgetFiles = mkdtempSync(join(tmpdir(), "kfd-admin-widget-files-"));
  cpSync(join(here, "..", "..", "..", "packages", "widgets", "dist"), widgetFiles, { recursive: true });

  const config = loadConfig({
    DATABASE_URL: db.url,
    PORT: String(port),
    KFD_PUBLIC_URL: api,
    KFD_RATE_LIMIT: "0",
    KFD_EMBED_ORIGINS: host,
    KFD_READ_CACHE_MS: "0",
    KFD_LOG: "0",
    KFD_DEMO_DIR: "/nonexistent",
    KFD_ADMIN_DIR: adminFiles,
  });
  const previousWidgetsDir = process.env.KFD_WIDGETS_DIR;
  process.env.KFD_WIDGETS_DIR = widgetFiles;
  const app = createApp({ db: db.db, config });
  if (previousWidgetsDir === undefined) delete process.env.KFD_WIDGETS_DIR;
  else process.env.KFD_WIDGETS_DIR = previousWidgetsDir;
  const apiServer = serve({ fetch: app.fetch, port, hostname: "127.0.0.1" }) as Server;
  if (!apiServer.listening) await new Promise((resolve) => apiServer.once("listening", resolve));

  const browser = await launchChromium();
  let pageNumber = 0;
  return {
    api,
    host,
    municipalityAgs: TEST_MUNICIPALITY.ags,
    db,
    browser,
    hostPage(html) {
      const path = `/page-${++pageNumber}.html`;
      pages.set(path, html);
      return `${host}${path}`;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => apiServer.close(resolve));
      await new Promise((resolve) => hostServer.close(resolve));
      await db.cleanup();
      rmSync(adminFiles, { recursive: true, force: true });
      rmSync(widgetFiles, { recursive: true, force: true });
    },
  };
}
