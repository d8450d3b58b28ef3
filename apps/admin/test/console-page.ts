import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { axeViolations } from "@kfd/browser-testing";
import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import type { ConsoleStack } from "./harness.js";

export interface ConsolePage {
  context: BrowserContext;
  page: Page;
  /** Errors the console logged and exceptions it did not catch. */
  consoleErrors: string[];
  /** Answers of 400 and above the console received, as "METHOD path status". */
  failedResponses: string[];
}

/**
 * A fresh browser context as staff in Baden-Württemberg have it (German, Berlin time, a laptop's
 * screen) with one page that records what went wrong in it.
 */
export async function openConsolePage(stack: ConsoleStack, { locale = "de-DE" } = {}): Promise<ConsolePage> {
  const context = await stack.browser.newContext({ locale, timezoneId: "Europe/Berlin", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const failedResponses: string[] = [];
  page.on("console", (m) => {
    // Chromium logs every 4xx as a console error; those are in failedResponses, one by one.
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  page.on("response", (r) => {
    if (r.status() >= 400) failedResponses.push(`${r.request().method()} ${new URL(r.url()).pathname} ${r.status()}`);
  });
  return { context, page, consoleErrors, failedResponses };
}

let screenshotDir: string | undefined;

/**
 * A picture for the staff guide. The guide's pictures are refreshed on request
 * (`KFD_SCREENSHOTS=1`), so that an ordinary test run leaves the committed files alone;
 * otherwise they still get taken, into a temp folder.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  screenshotDir ??=
    process.env.KFD_SCREENSHOTS === "1"
      ? join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "docs", "admin", "screenshots")
      : mkdtempSync(join(tmpdir(), "kfd-admin-screenshots-"));
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

export async function expectAccessible(page: Page, label: string): Promise<void> {
  expect(await axeViolations(page), label).toEqual([]);
}

/** Waits until the screen's heading matches: the console renders after its data arrives. */
export async function waitForHeading(page: Page, text: string | RegExp): Promise<void> {
  await expect.poll(() => page.locator("main h1").textContent(), { timeout: 10_000 }).toMatch(text);
}

/** Presses Tab until the element matching `selector` has focus; fails if it never gets it. */
export async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Fills the sign-in form shown on `page` with Tab, typing and Enter only, as a keyboard user does. */
export async function signInByKeyboard(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.locator("#f-email").waitFor();
  await tabTo(page, "#f-email");
  await page.keyboard.type(who.email);
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-password");
  await page.keyboard.type(who.password);
  await page.keyboard.press("Enter");
}
