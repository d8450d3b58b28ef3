import { createToken } from "@kfd/db";
import { createClient } from "@kfd/sdk";
import type { Page, Request, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, openConsolePage, signInByKeyboard, tabTo, waitForHeading } from "./console-page.js";
import { EDITOR, startConsoleStack, type ConsoleStack } from "./harness.js";

let stack: ConsoleStack;
let page: Page;
let consoleErrors: string[];
let dialogueId = "";
const TITLE = "Ankommen am Bahnhofsviertel";

/** A screen's chunk as the build names it: the module under src/routes/, then its hash. */
const chunk = (screen: string) => new RegExp(`/admin/assets/${screen}-[A-Z0-9]{8}\\.js$`);
const requested: string[] = [];
const wasRequested = (screen: string) => requested.some((url) => chunk(screen).test(url));
const isDefined = (element: string) => page.evaluate((name) => customElements.get(name) !== undefined, element);
const focusedHeading = () => page.evaluate(() => (document.activeElement?.matches("main h1") ? document.activeElement.textContent?.trim() : null));
/** Elements in the page that are not defined (yet): what would flash as an empty box. */
const undefinedElements = () => page.evaluate(() => [...document.querySelectorAll(":not(:defined)")].map((el) => el.localName));

beforeAll(async () => {
  stack = await startConsoleStack();
  const { token } = await createToken(stack.db.db, { role: "municipality-editor", municipalityAgs: [stack.municipalityAgs], label: "Lazy-Test" }, new Date());
  const dialogue = await createClient({ baseUrl: stack.api, token }).createDialogue({ title: TITLE, municipalityAgs: stack.municipalityAgs });
  dialogueId = dialogue.id;

  const opened = await openConsolePage(stack);
  ({ page, consoleErrors } = opened);
  opened.context.setDefaultTimeout(10_000);
  page.on("request", (r: Request) => void requested.push(r.url()));
});

afterAll(async () => {
  await stack?.close();
});

describe("the console downloads each screen when it is first shown", () => {
  it("signs in and shows the overview with the shell, the sign-in and the overview's chunks only", async () => {
    await page.goto(`${stack.api}/admin/anmelden`);
    await signInByKeyboard(page, EDITOR);
    await waitForHeading(page, "Meine Dialoge");

    expect(wasRequested("sign-in")).toBe(true);
    expect(wasRequested("dashboard")).toBe(true);
    for (const screen of ["dialogue", "results", "steckbrief", "preparation", "events", "event", "admin"]) {
      expect(wasRequested(screen), screen).toBe(false);
    }
    expect(await isDefined("kfd-results-step")).toBe(false);
  });

  it("downloads the results step, with its Begleitkreise and its Maßnahme dialog, when the step is opened", async () => {
    await page.goto(`${stack.api}/admin/dialoge/${dialogueId}`);
    await waitForHeading(page, TITLE);
    await page.locator("kfd-dialogue-form form").waitFor();
    expect(wasRequested("results")).toBe(false);
    expect(await isDefined("kfd-results-step")).toBe(false);

    const served = page.waitForResponse((r: Response) => chunk("results").test(r.url()));
    await tabTo(page, "nav.steps a[href$='/ergebnisse']");
    await page.keyboard.press("Enter");
    const response = await served;
    // Its name changes with its content, so browsers keep it instead of asking again.
    expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    await page.locator("#results-heading").waitFor();
    for (const element of ["kfd-results-step", "kfd-working-groups", "kfd-measure-dialog"]) expect(await isDefined(element), element).toBe(true);
    expect(await undefinedElements()).toEqual([]);
    await expect.poll(focusedHeading).toBe(TITLE);
    await expectAccessible(page, "results step after its chunk arrived");
    expect(consoleErrors).toEqual([]);
  });

  it("shows the loading text while a screen downloads, then moves focus to its heading and names the page after it", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(chunk("admin"), async (route) => {
      await held;
      await route.continue();
    });
    await tabTo(page, "nav.site-nav a[href='/admin/verwaltung/postausgang']");
    await page.keyboard.press("Enter");

    await expect.poll(() => page.locator("main").textContent()).toBe("Wird geladen …");
    expect(await undefinedElements()).toEqual([]);
    release();

    await waitForHeading(page, "Postausgang");
    await expect.poll(focusedHeading).toBe("Postausgang");
    expect(await page.title()).toBe("Postausgang – kfd");
    await page.unroute(chunk("admin"));
  });

  it("says so when a screen cannot be downloaded, and its link reloads the page", async () => {
    await page.route(chunk("dashboard"), (route) => route.abort("internetdisconnected"));
    await tabTo(page, "nav.site-nav a[href='/admin/']");
    await page.keyboard.press("Enter");

    await expect.poll(focusedHeading).toBe("Seite nicht geladen");
    expect(await page.title()).toBe("Seite nicht geladen – kfd");
    const alert = page.locator("main [role=alert]");
    expect(await alert.textContent()).toContain("konnte nicht heruntergeladen werden");
    await expectAccessible(page, "a screen that could not be downloaded");

    await page.unroute(chunk("dashboard"));
    consoleErrors.length = 0;
    const reloaded = page.waitForEvent("load");
    await tabTo(page, "main [role=alert] a");
    await page.keyboard.press("Enter");
    await reloaded;
    await waitForHeading(page, "Meine Dialoge");
    expect(consoleErrors).toEqual([]);
  });

  it("keeps the dialogue around a step that cannot be downloaded", async () => {
    await page.route(chunk("steckbrief"), (route) => route.abort("internetdisconnected"));
    await page.goto(`${stack.api}/admin/dialoge/${dialogueId}/durchfuehrung`);
    await waitForHeading(page, TITLE);
    await tabTo(page, "nav.steps a[href$='/steckbrief']");
    await page.keyboard.press("Enter");

    const alert = page.locator(".step-body [role=alert]");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Seite neu laden");
    expect(await page.locator("main h1").allTextContents()).toEqual([TITLE]);
    await expect.poll(focusedHeading).toBe(TITLE);
    await expectAccessible(page, "a step that could not be downloaded");

    await page.unroute(chunk("steckbrief"));
    const reloaded = page.waitForEvent("load");
    await tabTo(page, ".step-body [role=alert] a");
    await page.keyboard.press("Enter");
    await reloaded;
    await page.locator("kfd-steckbrief-step #fields-heading").waitFor();
    expect(await isDefined("kfd-steckbrief-card")).toBe(true);
  });
});
