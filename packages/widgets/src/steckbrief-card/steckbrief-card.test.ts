import type { Dialogue, Steckbrief } from "@kfd/domain";
import { createDialogue, createEvent, createMeasure, createResult, createWorkingGroup, getSteckbrief, publishDialogue, register } from "@kfd/sdk";
import { TEST_MUNICIPALITY } from "@kfd/db/testing";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "@kfd/browser-testing";
import { observedPage, startStack, type Observed, type Stack } from "../../test/harness.js";

let stack: Stack;
let dialogue: Dialogue;
let steckbrief: Steckbrief;
const contexts: BrowserContext[] = [];
const registrant = { name: "Erika Geheim-Mustermann", email: "erika.geheim@example.org" };

beforeAll(async () => {
  stack = await startStack();
  dialogue = await createDialogue(stack.admin, {
    title: "Wie leben wir zukünftig zusammen? <img src=x>",
    slug: "musterhausen",
    municipalityAgs: TEST_MUNICIPALITY.ags,
    phase: "preparation",
    occasion: "Viele neue Nachbarinnen und Nachbarn: Verwaltung, Ehrenamt und Geflüchtete wollen gemeinsam planen.",
    goals: "Ein Integrationskonzept mit konkreten Schritten.",
    method: "zukunftswerkstatt",
    eventConcept: "Zwei Abende mit Thementischen, Dolmetschen in Arabisch und Farsi.",
    topics: [
      { slug: "bauen-wohnen", label: "Bauen & Wohnen" },
      { slug: "sprachcafe", label: "Sprachcafé" },
    ],
    participantCount: 64,
    resultsSummary: "Wohnraum und Sprachkurse sind die dringendsten Handlungsfelder.",
    recommendations: "Früh die Vereine einbinden.",
    costs: { totalEuro: 4500, note: "Moderation und Verpflegung" },
    funding: [{ source: "Landesprogramm", amountEuro: 3000 }],
    contact: { role: "Integrationsbeauftragte", organisation: "Stadt Tübingen", email: "integration@example.org", phone: "+49 7071 000" },
  });
  await publishDialogue(stack.admin, dialogue.id);
  const group = await createWorkingGroup(stack.admin, dialogue.id, { name: "Begleitkreis Wohnen", description: "Verwaltung und Ehrenamt" });
  const measures = [
    { title: "Wohnraumbörse", status: "done" },
    { title: "Sprachcafé im Rathaus", status: "done" },
    { title: "Patenschaften", status: "done" },
    { title: "Fahrradwerkstatt", status: "in-progress", progress: 40 },
    { title: "Kita-Lotsen", status: "in-progress", progress: 60 },
    { title: "Jobbörse", status: "planned", dueOn: "2020-01-31" },
    { title: "Stadtteilfest", status: "delegated", responsible: { kind: "working-group", workingGroupId: group.id } },
    { title: "Eigenes Gemeindeblatt", status: "dropped" },
  ] as const;
  for (const m of measures) await createMeasure(stack.admin, dialogue.id, m);
  await createResult(stack.admin, dialogue.id, { kind: "idee", text: "Patenschaften für Wohnungssuche" });
  const event = await createEvent(stack.admin, dialogue.id, { title: "Zukunftswerkstatt", startsAt: "2030-12-05T18:00:00+01:00", endsAt: "2030-12-05T21:00:00+01:00", capacity: 40 });
  await register({ baseUrl: stack.api }, event.id, { ...registrant, consent: true });
  steckbrief = await getSteckbrief({ baseUrl: stack.api }, dialogue.slug);
  // An unpublished dialogue: its Steckbrief is not public.
  await createDialogue(stack.admin, { title: "Entwurf", slug: "entwurf", municipalityAgs: TEST_MUNICIPALITY.ags });
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

afterAll(async () => {
  await stack?.close();
});

interface CardOptions {
  attributes?: string;
  pageLang?: string;
  hostileCss?: boolean;
  api?: string;
  dialogue?: string;
  csp?: string | false;
}

/** A municipal page under an <h2>, embedding the card the documented way. */
function cardPage(options: CardOptions = {}): string {
  return `<!doctype html>
<html lang="${options.pageLang ?? "de"}">
<head>
<meta charset="utf-8">
<title>Gemeinde Musterhausen – Integration</title>
${options.hostileCss ? '<link rel="stylesheet" href="/hostile.css">' : ""}
<script type="module" src="${stack.api}/widgets/steckbrief-card.js"></script>
</head>
<body>
<main>
<h1>Gemeinde Musterhausen</h1>
<h2>Unser Flüchtlingsdialog</h2>
<kfd-steckbrief-card api="${options.api ?? stack.api}" dialogue="${options.dialogue ?? dialogue.slug}"${options.attributes ?? ""}></kfd-steckbrief-card>
</main>
</body>
</html>`;
}

interface OpenCard {
  page: Page;
  observed: Observed;
  card: Locator;
}

async function openCard(options: CardOptions & { waitFor?: "title" | "message" } = {}): Promise<OpenCard> {
  const { page, context, observed } = await observedPage(stack);
  contexts.push(context);
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (globalThis as unknown as { kfdEvents: unknown[] }).kfdEvents = seen;
    for (const name of ["kfd-loaded", "kfd-error"]) document.addEventListener(name, (e) => seen.push({ type: e.type, detail: (e as CustomEvent).detail }));
  });
  const url = options.csp === undefined ? stack.hostPage(cardPage(options)) : stack.hostPage(cardPage(options), { csp: options.csp });
  await page.goto(url);
  const card = page.locator("kfd-steckbrief-card");
  await card.locator(options.waitFor === "message" ? '[part="message"]:not(:empty)' : '[part="title"]').first().waitFor();
  return { page, observed, card };
}

const dispatched = (page: Page) => page.evaluate(() => (globalThis as unknown as { kfdEvents: { type: string; detail: unknown }[] }).kfdEvents);

async function expectCleanEmbedding(observed: Observed): Promise<void> {
  expect(observed.consoleErrors).toEqual([]);
  expect(await observed.cspViolations()).toEqual([]);
  const foreign = observed.requests.filter((url) => !url.startsWith(`${stack.api}/`) && !url.startsWith(`${stack.host}/`));
  expect(foreign).toEqual([]);
}

/** "3 von 8 Maßnahmen umgesetzt, 56 %" as the reader's browser formats it, from the API's own figures. */
function progressSentence(locale: string): string {
  const m = steckbrief.measures;
  const n = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: "percent" }).format(m.overallProgress / 100);
  return `${n.format(m.byStatus.done)} von ${n.format(m.total)} Maßnahmen umgesetzt, ${percent}`;
}

describe("<kfd-steckbrief-card>", () => {
  it("has no axe violations, compact and full, in German and Arabic", async () => {
    for (const lang of ["de", "ar"]) {
      for (const variant of ["full", "compact"]) {
        const { page } = await openCard({ attributes: ` lang="${lang}" variant="${variant}"` });
        expect(await axeViolations(page), `${lang} ${variant}`).toEqual([]);
      }
    }
  });

  it("shows the Steckbrief from the API on a strict-CSP site of another origin, and says it has loaded", async () => {
    const { page, card, observed } = await openCard();
    await expect.poll(() => card.locator('[part="title"]').textContent()).toBe(dialogue.title);
    const text = (await card.locator('[part="base"]').innerText()).replace(/\s+/g, " ");
    expect(await card.locator(".eyebrow").textContent()).toBe("Steckbrief");
    for (const expected of [
      "Tübingen",
      "Stadt",
      "Phase: Vorbereitung",
      "Viele neue Nachbarinnen und Nachbarn",
      "Bauen & Wohnen",
      "Sprachcafé",
      "Zukunftswerkstatt",
      "Zwei Abende mit Thementischen",
      "64",
      "Wohnraum und Sprachkurse",
      "Begleitkreis Wohnen",
      "Früh die Vereine einbinden.",
      "Landesprogramm",
      "Integrationsbeauftragte",
    ]) {
      expect(text).toContain(expected);
    }
    // Term and value of each count: the colon between them is drawn by CSS.
    expect(text).toMatch(/Gesamtkosten 4\.500\s€/);
    expect(text).toMatch(/Überfällig 1/);
    await expect.poll(() => card.locator('[part="progress-text"]').innerText()).toBe(progressSentence("de"));
    const bar = card.getByRole("progressbar", { name: "Fortschritt" });
    expect(await bar.evaluate((el) => [(el as HTMLProgressElement).value, (el as HTMLProgressElement).max])).toEqual([steckbrief.measures.overallProgress, 100]);
    expect(await card.getByRole("link", { name: "integration@example.org" }).getAttribute("href")).toBe("mailto:integration@example.org");
    expect(await card.locator("img").count()).toBe(0);
    expect(await dispatched(page)).toEqual([{ type: "kfd-loaded", detail: { dialogue: "musterhausen", title: dialogue.title } }]);
    await expectCleanEmbedding(observed);
  });

  it("never shows a registrant", async () => {
    const { card } = await openCard();
    const text = await card.locator('[part="base"]').innerText();
    expect(text).not.toContain("Erika");
    expect(text).not.toContain(registrant.email);
  });

  it("fits the host page's heading outline: level 2 by default, heading-level moves it", async () => {
    const plain = await openCard();
    expect(await plain.card.locator('[part="title"]').getAttribute("aria-level")).toBe("2");
    const nested = await openCard({ attributes: ' heading-level="3"' });
    expect(await nested.page.getByRole("heading", { level: 3, name: dialogue.title }).count()).toBe(1);
    const sections = await nested.card.locator('[part="section-title"]').evaluateAll((els) => els.map((el) => el.getAttribute("aria-level")));
    expect(sections.length).toBeGreaterThan(5);
    expect(new Set(sections)).toEqual(new Set(["4"]));
    const clamped = await openCard({ attributes: ' heading-level="9"' });
    expect(await clamped.card.locator('[part="title"]').getAttribute("aria-level")).toBe("6");
  });

  it("lays out right to left in Arabic and Farsi and speaks the language", async () => {
    const { card } = await openCard({ attributes: ' lang="ar"' });
    expect(await card.getAttribute("dir")).toBe("rtl");
    const base = card.locator('[part="base"]');
    expect(await base.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    expect(await base.getAttribute("lang")).toBe("ar");
    expect(await card.getByRole("heading", { name: "قائمة الإجراءات" }).count()).toBe(1);
    // Start-aligned means right-aligned: a section title's text hugs the right edge of the card.
    const edges = await card.locator('[part="section-title"]').first().evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const text = range.getBoundingClientRect();
      const card = el.closest(".card")!.getBoundingClientRect();
      return { fromRight: card.right - text.right, fromLeft: text.left - card.left };
    });
    expect(edges.fromRight).toBeLessThan(40);
    expect(edges.fromLeft).toBeGreaterThan(200);
    // The municipality's German text keeps its own direction inside the Arabic card.
    expect(await card.locator(".prose").first().evaluate((el) => getComputedStyle(el).direction)).toBe("ltr");

    const fa = await openCard({ attributes: ' lang="fa-AF"' });
    expect(await fa.card.getAttribute("dir")).toBe("rtl");
    expect(await fa.card.getByRole("heading", { name: "فهرست اقدامات" }).count()).toBe(1);
  });

  it("switches language when lang changes, and follows the page's language without one", async () => {
    const { card } = await openCard({ pageLang: "uk" });
    expect(await card.getByRole("heading", { name: "Каталог заходів" }).count()).toBe(1);
    await card.evaluate((el) => el.setAttribute("lang", "tr"));
    await expect.poll(() => card.getByRole("heading", { name: "Önlemler kataloğu" }).count()).toBe(1);
    await card.evaluate((el) => el.setAttribute("lang", "en"));
    await expect.poll(() => card.locator('[part="progress-text"]').innerText()).toMatch(/^3 of 8 measures implemented, \d+%$/);
  });

  it("shows the essentials in the compact variant and everything when printed", async () => {
    const { page, card } = await openCard({ attributes: ' variant="compact"' });
    const recommendations = card.locator(".s-recommendations");
    expect(await recommendations.isVisible()).toBe(false);
    expect(await card.locator('[part="progress"]').isVisible()).toBe(true);
    const more = card.locator('[part="more-link"]');
    expect(await more.getAttribute("href")).toBe(`${stack.api}/steckbrief/musterhausen`);
    await page.emulateMedia({ media: "print" });
    expect(await recommendations.isVisible()).toBe(true);
    expect(await more.isVisible()).toBe(false);
    expect(await card.locator('[part="base"]').evaluate((el) => getComputedStyle(el).boxShadow)).toBe("none");
  });

  it("stays readable under hostile host CSS", async () => {
    const { card, observed } = await openCard({ hostileCss: true });
    const style = await card.locator(".prose").first().evaluate((el) => {
      const s = getComputedStyle(el);
      return { fontSize: parseFloat(s.fontSize), lineHeight: parseFloat(s.lineHeight), textTransform: s.textTransform };
    });
    expect(style.fontSize).toBeGreaterThanOrEqual(15);
    expect(style.lineHeight).toBeGreaterThanOrEqual(style.fontSize * 1.2);
    expect(style.textTransform).toBe("none");
    expect(await card.locator('[part="title"]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(20);
    await expectCleanEmbedding(observed);
  });

  it("says so when the Steckbrief does not exist or is not published", async () => {
    for (const slug of ["gibt-es-nicht", "entwurf"]) {
      const { page, card, observed } = await openCard({ dialogue: slug, waitFor: "message" });
      expect(await card.getByRole("alert").innerText()).toBe("Diesen Steckbrief gibt es nicht oder er ist nicht veröffentlicht.");
      expect(await dispatched(page)).toEqual([{ type: "kfd-error", detail: { code: "not_found", status: 404 } }]);
      expect(observed.consoleErrors.filter((e) => !e.includes("404"))).toEqual([]);
    }
  });

  it("explains a network failure and loads on retry", async () => {
    const { page, card } = await openCard({ api: "http://127.0.0.1:9", csp: false, waitFor: "message", attributes: ' lang="en"' });
    expect(await card.getByRole("alert").innerText()).toContain("could not be loaded");
    expect(await dispatched(page)).toEqual([{ type: "kfd-error", detail: { code: "network_error", status: 0 } }]);
    await card.evaluate((el, api) => el.setAttribute("api", api), stack.api);
    await card.locator('[part="title"]').waitFor();
    expect(await card.getByRole("alert").count()).toBe(0);
  });

  it("loads again when moved in the page while loading, and loads another dialogue when told", async () => {
    const { page, card } = await openCard();
    await page.route("**/steckbrief", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await card.evaluate((el, id) => el.setAttribute("dialogue", id), dialogue.id);
    await card.locator('[aria-busy="true"]').waitFor();
    await card.evaluate((el) => document.body.append(el));
    await card.locator('[part="title"]').waitFor();
    expect(await card.locator('[part="title"]').textContent()).toBe(dialogue.title);
  });

  it("retries with the keyboard", async () => {
    const { page, card } = await openCard({ api: "http://127.0.0.1:9", csp: false, waitFor: "message" });
    const retry = card.getByRole("button", { name: "Erneut versuchen" });
    await page.keyboard.press("Tab");
    expect(await retry.evaluate((el) => el.matches(":focus"))).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await dispatched(page)).filter((e) => e.type === "kfd-error").length).toBe(2);
  });
});
