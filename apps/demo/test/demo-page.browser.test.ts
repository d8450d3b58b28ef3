import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { createApp, loadConfig } from "@kfd/api";
import { upsertMunicipalities } from "@kfd/db";
import { createTestDatabase, TEST_MUNICIPALITY, type TestDatabase } from "@kfd/db/testing";
import { createDialogue, createEvent, publishDialogue, type ClientOptions } from "@kfd/sdk";
import { axeViolations, launchChromium } from "@kfd/browser-testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/*
 * The demo page as a visitor sees it: served by the real API at / under the API's strict page
 * CSP, with the widgets from packages/widgets/dist and data arranged through the public API.
 */
const ADMIN_TOKEN = "demo-page-test-admin-token-0123456789";
const demoDir = fileURLToPath(new URL("../", import.meta.url));
const widgetsBuild = fileURLToPath(new URL("../../../packages/widgets/scripts/build.mjs", import.meta.url));

let db: TestDatabase;
let server: Server;
let origin: string;
let browser: Browser;
let eventId: string;

beforeAll(async () => {
  if (!existsSync(new URL("../../../packages/widgets/dist/kfd-widgets.js", import.meta.url))) {
    execFileSync(process.execPath, [widgetsBuild], { stdio: "inherit" });
  }
  db = await createTestDatabase("sqlite");
  await upsertMunicipalities(db.db, [TEST_MUNICIPALITY], new Date());
  // The API's own loader, so that a setting added to the API never leaves this test behind.
  const config = loadConfig({
    PORT: "0",
    DATABASE_URL: db.url,
    KFD_ADMIN_TOKEN: ADMIN_TOKEN,
    KFD_DEMO: "0",
    KFD_LOG: "0",
    KFD_RATE_LIMIT: "0",
    KFD_READ_CACHE_MS: "0",
    KFD_DEMO_DIR: demoDir,
    KFD_ADMIN_DIR: "/nonexistent",
  });
  server = serve({ fetch: createApp({ db: db.db, config }).fetch, port: 0, hostname: "127.0.0.1" }) as Server;
  if (!server.listening) await new Promise((resolve) => server.once("listening", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const admin: ClientOptions = { baseUrl: origin, token: ADMIN_TOKEN };
  const demo = await createDialogue(admin, { title: "Demo: Dialogabend Nachbarschaft", slug: "demo-dialogabend-nachbarschaft", municipalityAgs: TEST_MUNICIPALITY.ags, phase: "execution" });
  await publishDialogue(admin, demo.id);
  const inDays = (days: number, hour: number) => new Date(Date.now() + days * 86_400_000 + hour * 3_600_000).toISOString().replace("Z", "+00:00");
  // A past event and a later one: the page must pick the next one still to come.
  await createEvent(admin, demo.id, { title: "Vorgespräch", startsAt: inDays(-10, 0), endsAt: inDays(-10, 2), capacity: 10 });
  await createEvent(admin, demo.id, { title: "Kleine Runde", startsAt: inDays(28, 0), endsAt: inDays(28, 2), capacity: 2, waitlist: false });
  eventId = (await createEvent(admin, demo.id, { title: "Demo: Dialogabend Nachbarschaft", startsAt: inDays(21, 0), endsAt: inDays(21, 3), capacity: 12 })).id;
  const ostfildern = await createDialogue(admin, { title: "Erster Kommunaler Flüchtlingsdialog Ostfildern", slug: "ostfildern", municipalityAgs: TEST_MUNICIPALITY.ags });
  await publishDialogue(admin, ostfildern.id);

  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise((resolve) => server.close(resolve));
  await db?.cleanup();
});

async function openDemo(path = "/"): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => requests.push(r.url()));
  await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
  await page.goto(`${origin}${path}`);
  await page.locator("kfd-steckbrief-card").first().locator('[part="title"]').waitFor();
  await page.locator("kfd-registration-form").locator("#event-title").waitFor();
  return { page, errors, requests };
}

describe("the demo page", () => {
  it("runs under the API's strict CSP without errors, asks only its own server, and has no axe violations", async () => {
    const { page, errors, requests } = await openDemo();
    const csp = (await page.request.get(`${origin}/`)).headers()["content-security-policy"] ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("hands the next upcoming demo event to the registration form", async () => {
    const { page } = await openDemo();
    expect(await page.locator("kfd-registration-form").getAttribute("event")).toBe(eventId);
    expect(await page.locator("kfd-registration-form").locator("#event-title").innerText()).toBe("Demo: Dialogabend Nachbarschaft");
    await page.context().close();
  });

  it("switches every widget's language with the language buttons, and keeps it in the address", async () => {
    const { page } = await openDemo();
    await page.getByRole("button", { name: "العربية" }).click();
    expect(await page.getByRole("button", { name: "العربية" }).getAttribute("aria-pressed")).toBe("true");
    expect(await page.getByRole("button", { name: "Deutsch" }).getAttribute("aria-pressed")).toBe("false");
    for (const tag of ["kfd-registration-form", "kfd-steckbrief-card", "kfd-results-map"]) {
      for (const lang of await page.locator(tag).evaluateAll((els) => els.map((el) => el.getAttribute("lang")))) expect(lang, tag).toBe("ar");
    }
    await expect.poll(() => page.locator("kfd-steckbrief-card").first().getAttribute("dir")).toBe("rtl");
    expect(new URL(page.url()).searchParams.get("lang")).toBe("ar");
    await page.context().close();

    const reloaded = await openDemo("/?lang=uk");
    await expect.poll(() => reloaded.page.locator("kfd-steckbrief-card").first().getByRole("heading", { name: "Каталог заходів" }).count()).toBe(1);
    await reloaded.page.context().close();
  });
});
