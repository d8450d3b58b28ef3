import { createDialogueSchema, createEventSchema, createMeasureSchema, createResultSchema, methodTemplate, type Locale } from "@kfd/domain";
import { applyMethodTemplate, createDialogue, createEvent, createMeasure, createResult, updateChecklistItem } from "@kfd/db";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { de } from "../src/i18n/de.js";
import { messages as ar } from "../src/i18n/locales/ar.js";
import { messages as en } from "../src/i18n/locales/en.js";
import { messages as fa } from "../src/i18n/locales/fa.js";
import { messages as tr } from "../src/i18n/locales/tr.js";
import { messages as uk } from "../src/i18n/locales/uk.js";
import { templates as arTemplates } from "../src/i18n/templates/ar.js";
import { templates as enTemplates } from "../src/i18n/templates/en.js";
import type { TemplateMessageId } from "../src/i18n/templates/template-messages.js";
import { expectAccessible, openConsolePage, screenshot } from "./console-page.js";
import { EDITOR, STATE_ADMIN, startConsoleStack, type ConsoleStack } from "./harness.js";

const CATALOGUES = { de, en, ar, fa, uk, tr } as const;
const TEMPLATE_TEXTS = { en: enTemplates, ar: arTemplates } as const;
/** A checklist item of the template that staff reworded: their words, shown as they wrote them in every language. */
const REWORDED = "Halal-Catering beim Bürgerhaus bestellen";

/** A letter of the language's own script: a label without one was left in German (or English). */
const SCRIPT: Partial<Record<Locale, RegExp>> = { ar: /[\u0600-\u06FF]/, fa: /[\u0600-\u06FF]/, uk: /[\u0400-\u04FF]/ };

let stack: ConsoleStack;
let context: BrowserContext;
let page: Page;
let consoleErrors: string[];
const paths: Record<string, string> = {};

async function signIn(who: { email: string; password: string }): Promise<void> {
  await page.goto(`${stack.api}/admin/anmelden`);
  await page.locator("#f-email").fill(who.email);
  await page.locator("#f-password").fill(who.password);
  await page.locator("#f-password").press("Enter");
  await page.locator("main h1").waitFor();
  await expect.poll(() => new URL(page.url()).pathname).toBe("/admin/");
}

/** Chooses a language the way a keyboard user does: focus the select, type, confirm. */
async function chooseLanguage(locale: Locale): Promise<void> {
  await page.locator("#kfd-language").focus();
  await page.locator("#kfd-language").selectOption(locale);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
}

/**
 * The console's own words on screen: section headings, legends, column heads, field labels, submit
 * buttons, navigation. A text passes when it has at least one letter of the language's script, so
 * labels that also carry data ("Bearbeiten: Sprachcafé") are judged by their translated part.
 */
function uiTexts(): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("main h2, main legend, main thead th, main .field > label, main form button[type=submit], nav a")]
      .filter((el) => !el.closest("kfd-steckbrief-card, kfd-stats, .preview"))
      .map((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll(".visually-hidden, input, select, textarea").forEach((child) => child.remove());
        return (copy.textContent ?? "").trim();
      })
      .filter((text) => text.length > 2),
  );
}

beforeAll(async () => {
  stack = await startConsoleStack();
  const now = new Date();
  const dialogue = await createDialogue(stack.db.db, { ...createDialogueSchema.parse({ title: "Zusammenleben in Testhausen", municipalityAgs: stack.municipalityAgs, topics: [{ slug: "bauen-wohnen", label: "Bauen & Wohnen" }] }), slug: "zusammenleben-testhausen" }, now);
  const startsAt = new Date(now.getTime() + 7 * 86_400_000);
  const event = await createEvent(stack.db.db, dialogue.id, createEventSchema.parse({ title: "Auftaktabend", startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(), capacity: 20 }), now);
  const catering = (await applyMethodTemplate(stack.db.db, dialogue.id, "world-cafe", now)).checklist.find((item) => item.templateKey === "verpflegung")!;
  await updateChecklistItem(stack.db.db, catering.id, { text: REWORDED }, now);
  const idea = await createResult(stack.db.db, dialogue.id, createResultSchema.parse({ kind: "idee", text: "Sprachcafé im Rathaus" }), now);
  await createMeasure(stack.db.db, dialogue.id, createMeasureSchema.parse({ title: "Sprachcafé", resultId: idea.id, dueOn: "2026-01-31" }), now);
  Object.assign(paths, {
    dashboard: "/admin/",
    grunddaten: `/admin/dialoge/${dialogue.id}/grunddaten`,
    vorbereitung: `/admin/dialoge/${dialogue.id}/vorbereitung`,
    durchfuehrung: `/admin/dialoge/${dialogue.id}/durchfuehrung`,
    veranstaltung: `/admin/dialoge/${dialogue.id}/veranstaltungen/${event.id}`,
    ergebnisse: `/admin/dialoge/${dialogue.id}/ergebnisse`,
    steckbrief: `/admin/dialoge/${dialogue.id}/steckbrief`,
  });
  ({ context, page, consoleErrors } = await openConsolePage(stack));
});

afterAll(async () => {
  await stack?.close();
});

describe("the console in six languages", () => {
  it("starts in the browser's language when it has it, German otherwise", async () => {
    const { context: arabic, page: arabicPage } = await openConsolePage(stack, { locale: "ar-SY" });
    await arabicPage.goto(`${stack.api}/admin/`);
    await expect.poll(() => arabicPage.locator("main h1").textContent()).toBe(ar["signIn.title"]);
    expect(await arabicPage.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["ar", "rtl"]);
    await expectAccessible(arabicPage, "ar sign-in");
    await arabicPage.getByRole("link", { name: ar["signIn.forgotten"] }).click();
    await expect.poll(() => arabicPage.locator("main h1").textContent()).toBe(ar["passwordForgotten.title"]);
    await expectAccessible(arabicPage, "ar password forgotten");
    await arabic.close();

    await page.goto(`${stack.api}/admin/`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("de");
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("ltr");
  });

  for (const locale of ["ar", "fa", "uk", "tr", "en"] as const) {
    it(`speaks ${locale} on every screen, laid out ${locale === "ar" || locale === "fa" ? "right to left" : "left to right"}, accessible`, async () => {
      await signIn(EDITOR);
      await chooseLanguage(locale);
      const catalogue = CATALOGUES[locale];
      const dir = locale === "ar" || locale === "fa" ? "rtl" : "ltr";
      for (const [screen, path] of Object.entries(paths)) {
        await page.goto(`${stack.api}${path}`);
        await page.locator("main h1").waitFor();
        await page.waitForLoadState("networkidle");
        expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), screen).toEqual([locale, dir]);
        expect(await page.locator(".site-nav a").first().textContent(), screen).toBe(catalogue["shell.nav.dialogues"]);
        const script = SCRIPT[locale];
        if (script) {
          const untranslated = (await uiTexts()).filter((text) => !script.test(text) && !/^[\d\s%.,:()–-]+$/.test(text));
          expect(untranslated, `${locale} ${screen}: labels without ${locale} script`).toEqual([]);
        }
        await expectAccessible(page, `${locale} ${screen}`);
        if (locale === "ar" && screen === "ergebnisse") await screenshot(page, "15-konsole-auf-arabisch");
      }
      if (dir === "rtl") {
        // Mirrored: the navigation starts at the right edge.
        const [first, last] = await page.locator(".site-nav li").evaluateAll((items) => [items[0]!.getBoundingClientRect().left, items.at(-1)!.getBoundingClientRect().left]);
        expect(first).toBeGreaterThan(last!);
      }
      await page.reload();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 10_000 }).toBe(locale);
      await chooseLanguage("de");
      await context.clearCookies();
    });
  }

  it("shows the state administration's screens translated too", async () => {
    await signIn(STATE_ADMIN);
    await chooseLanguage("ar");
    for (const section of ["personen", "tokens", "postausgang", "protokoll", "statistik"]) {
      await page.goto(`${stack.api}/admin/verwaltung/${section}`);
      await page.locator("main h1").waitFor();
      await page.waitForLoadState("networkidle");
      const untranslated = (await uiTexts()).filter((text) => !SCRIPT.ar!.test(text));
      expect(untranslated, `ar ${section}`).toEqual([]);
      await expectAccessible(page, `ar ${section}`);
    }
    await chooseLanguage("de");
  });

  for (const locale of ["en", "ar"] as const) {
    it(`shows the method template's summary, Musterablauf and checklist in ${locale}, a reworded item as staff wrote it`, async () => {
      const translated = (id: TemplateMessageId): string => {
        const text = TEMPLATE_TEXTS[locale][id];
        expect(text, `${locale} has no translation of ${id}`).toBeTypeOf("string");
        return text!;
      };
      const worldCafe = methodTemplate("world-cafe");
      await context.clearCookies();
      await signIn(EDITOR);
      await chooseLanguage(locale);
      await page.goto(`${stack.api}${paths.vorbereitung}`);
      await page.locator("ol.agenda li").first().waitFor();
      expect(await page.locator("section[aria-labelledby='method-heading'] > p").first().textContent()).toBe(translated("summary.world-cafe"));
      expect(await page.locator("ol.agenda li strong").allTextContents()).toEqual(worldCafe.agenda.map((step) => translated(`agenda.${step.key}.title`)));
      expect(await page.locator("ol.agenda li").first().textContent()).toContain(translated("agenda.begruessung.description"));
      const checklist = await page.locator("ul.checklist label").allTextContents();
      expect(checklist.map((text) => text.trim())).toEqual(
        worldCafe.checklist.map((item) => (item.key === "verpflegung" ? REWORDED : translated(`checklist.${item.key}`))),
      );
      await chooseLanguage("de");
    });
  }

  it("ran without a script or console error", () => {
    expect(consoleErrors).toEqual([]);
  });
});
