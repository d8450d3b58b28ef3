import type { ProgrammeStats, PublishedCount } from "@kfd/domain";
import { upsertMunicipalities } from "@kfd/db";
import { TEST_MUNICIPALITY } from "@kfd/db/testing";
import { createDialogue, createEvent, createMeasure, getStats, getStatsCsv, publishDialogue, register, setDialoguePhase, statsUrl } from "@kfd/sdk";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "@kfd/browser-testing";
import { observedPage, startStack, type Observed, type Stack } from "../../test/harness.js";
import { isVocabularyKey, VOCABULARY_SOURCE_TEXT } from "../base/vocabulary.messages.js";
import { STATS_SOURCE_TEXT } from "./stats.messages.js";

let stack: Stack;
let stats: ProgrammeStats;
const contexts: BrowserContext[] = [];
const registrant = { name: "Erika Geheim-Mustermann", email: "erika.geheim@example.org" };

beforeAll(async () => {
  stack = await startStack();
  const now = new Date();
  await upsertMunicipalities(
    stack.db.db,
    [
      { ags: "08416", name: "Landkreis Tübingen", kind: "landkreis", location: { lat: 48.52, lon: 9.05 } },
      { ags: "08416006", name: "Ammerbuch", kind: "gemeinde", location: { lat: 48.56, lon: 8.98 } },
    ],
    now,
  );
  const stadt = await createDialogue(stack.admin, {
    title: "Wie leben wir zukünftig zusammen?",
    municipalityAgs: TEST_MUNICIPALITY.ags,
    heldOn: "2017-03-01",
    topics: [
      { slug: "bauen-wohnen", label: "Bauen & Wohnen" },
      { slug: "sport-und-freizeit", label: "Sport & Freizeit" },
    ],
  });
  const kreis = await createDialogue(stack.admin, { title: "Kreisdialog", municipalityAgs: "08416", heldOn: "2018-05-04", topics: [{ slug: "bauen-wohnen", label: "Bauen & Wohnen" }] });
  const gemeinde = await createDialogue(stack.admin, { title: "Ammerbuch im Gespräch", municipalityAgs: "08416006", heldOn: "2018-10-10" });
  for (const d of [stadt, kreis, gemeinde]) await publishDialogue(stack.admin, d.id);
  await setDialoguePhase(stack.admin, kreis.id, "execution");
  // Not published: counts nowhere.
  await createDialogue(stack.admin, { title: "Entwurf", municipalityAgs: TEST_MUNICIPALITY.ags, heldOn: "2016-01-01" });

  const event = await createEvent(stack.admin, stadt.id, { title: "Zukunftswerkstatt", startsAt: "2030-12-05T18:00:00+01:00", endsAt: "2030-12-05T21:00:00+01:00", capacity: 30 });
  await createEvent(stack.admin, kreis.id, { title: "Online-Forum", format: "online", startsAt: "2030-12-06T18:00:00+01:00", endsAt: "2030-12-06T20:00:00+01:00", capacity: 20 });
  // 8 refugees and 2 politicians: the 2 become "< 5", and the 8 are hidden too, or 10 − 8 would tell.
  for (let n = 0; n < 8; n++) await register({ baseUrl: stack.api }, event.id, { name: `Person ${n}`, email: `person${n}@example.org`, consent: true, actorGroup: "gefluechtete", language: "ar" });
  await register({ baseUrl: stack.api }, event.id, { ...registrant, consent: true, actorGroup: "politik" });
  await register({ baseUrl: stack.api }, event.id, { name: "Person 9", email: "person9@example.org", consent: true, actorGroup: "politik" });

  await createMeasure(stack.admin, stadt.id, { title: "Wohnraumbörse", status: "done" });
  await createMeasure(stack.admin, stadt.id, { title: "Sprachcafé", status: "in-progress", progress: 40 });
  await createMeasure(stack.admin, kreis.id, { title: "Jobbörse", status: "planned", dueOn: "2020-01-31" });

  stats = await getStats({ baseUrl: stack.api });
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

afterAll(async () => {
  await stack?.close();
});

interface StatsOptions {
  attributes?: string;
  pageLang?: string;
  hostileCss?: boolean;
  api?: string;
  csp?: string | false;
}

/** A state portal's page under an <h2>, embedding the widget the documented way. */
function statsPage(options: StatsOptions = {}): string {
  return `<!doctype html>
<html lang="${options.pageLang ?? "de"}">
<head>
<meta charset="utf-8">
<title>Land Baden-Württemberg – Flüchtlingsdialoge</title>
${options.hostileCss ? '<link rel="stylesheet" href="/hostile.css">' : ""}
<script type="module" src="${stack.api}/widgets/stats.js"></script>
</head>
<body>
<main>
<h1>Kommunale Flüchtlingsdialoge</h1>
<h2>Das Programm in Zahlen</h2>
<kfd-stats api="${options.api ?? stack.api}" heading-level="3"${options.attributes ?? ""}></kfd-stats>
</main>
</body>
</html>`;
}

async function openStats(options: StatsOptions & { waitFor?: "title" | "message" } = {}): Promise<{ page: Page; observed: Observed; widget: Locator }> {
  const { page, context, observed } = await observedPage(stack);
  contexts.push(context);
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (globalThis as unknown as { kfdEvents: unknown[] }).kfdEvents = seen;
    for (const name of ["kfd-loaded", "kfd-error"]) document.addEventListener(name, (e) => seen.push({ type: e.type, detail: (e as CustomEvent).detail }));
  });
  await page.goto(options.csp === undefined ? stack.hostPage(statsPage(options)) : stack.hostPage(statsPage(options), { csp: options.csp }));
  const widget = page.locator("kfd-stats");
  await widget.locator(options.waitFor === "message" ? '[part="message"]:not(:empty)' : '[part="title"]').first().waitFor();
  return { page, observed, widget };
}

const dispatched = (page: Page) => page.evaluate(() => (globalThis as unknown as { kfdEvents: { type: string; detail: unknown }[] }).kfdEvents);

async function expectCleanEmbedding(observed: Observed): Promise<void> {
  expect(observed.consoleErrors).toEqual([]);
  expect(await observed.cspViolations()).toEqual([]);
  const foreign = observed.requests.filter((url) => !url.startsWith(`${stack.api}/`) && !url.startsWith(`${stack.host}/`));
  expect(foreign).toEqual([]);
}

interface ShownChart {
  caption: string;
  header: string[];
  rows: { label: string; value: string; share: number }[];
}

/** Every chart as a reader meets it: caption, column headers, and per row label, value and bar length. */
function chartsOf(widget: Locator): Promise<ShownChart[]> {
  return widget.locator('[part="chart"]').evaluateAll((tables) =>
    (tables as HTMLTableElement[]).map((table) => ({
      caption: table.caption!.textContent!.trim(),
      header: [...table.tHead!.querySelectorAll("th")].map((th) => `${th.getAttribute("scope")}:${th.textContent!.trim()}`),
      rows: [...table.tBodies[0]!.rows].map((row) => {
        const bar = row.querySelector<HTMLElement>('[part="bar"]')!.getBoundingClientRect();
        const track = row.querySelector<HTMLElement>(".track")!.getBoundingClientRect();
        return {
          label: `${row.cells[0]!.getAttribute("scope")}:${row.cells[0]!.textContent!.trim()}`,
          value: row.querySelector(".value")!.textContent!.trim(),
          share: Math.round((bar.width / track.width) * 100) / 100,
        };
      }),
    })),
  );
}

const de = new Intl.NumberFormat("de");
const shownAs = (value: PublishedCount) => (value === "suppressed" ? "verborgen" : typeof value === "number" ? de.format(value) : value);
const label = (key: string) => (isVocabularyKey(key) ? VOCABULARY_SOURCE_TEXT[key] : STATS_SOURCE_TEXT[key as keyof typeof STATS_SOURCE_TEXT]) ?? key;

/** The chart the API's figures call for, in German, with bars relative to the largest shown count. */
function expectedChart(caption: keyof typeof STATS_SOURCE_TEXT, header: keyof typeof STATS_SOURCE_TEXT, rows: [string, PublishedCount][]): ShownChart {
  const largest = Math.max(1, ...rows.map(([, v]) => (typeof v === "number" ? v : 0)));
  return {
    caption: STATS_SOURCE_TEXT[caption],
    header: [`col:${STATS_SOURCE_TEXT[header]}`, `col:${STATS_SOURCE_TEXT.count}`],
    rows: rows.map(([name, value]) => ({ label: `row:${name}`, value: shownAs(value), share: typeof value === "number" ? Math.round((value / largest) * 100) / 100 : 0 })),
  };
}

const entries = (record: Partial<Record<string, PublishedCount>>, prefix: string) => Object.entries(record).map(([k, v]) => [label(`${prefix}.${k}`), v!] as [string, PublishedCount]);

describe("<kfd-stats>", () => {
  it("has no axe violations, summary and full, in German and Arabic", async () => {
    for (const lang of ["de", "ar"]) {
      for (const variant of ["summary", "full"]) {
        const { page } = await openStats({ attributes: ` lang="${lang}" variant="${variant}"` });
        expect(await axeViolations(page), `${lang} ${variant}`).toEqual([]);
      }
    }
  });

  it("gets the same figures through the SDK as /v1/stats answers anyone, with small counts suppressed", async () => {
    const raw = (await (await fetch(`${stack.api}/v1/stats`)).json()) as ProgrammeStats;
    expect({ ...stats, generatedAt: "" }).toEqual({ ...raw, generatedAt: "" });
    expect(stats.dialogues).toMatchObject({ total: 3, municipalities: 3, byMunicipalityKind: { stadt: 1, landkreis: 1, gemeinde: 1 }, byYear: { "2017": 1, "2018": 2 } });
    expect(stats.participants.byActorGroup).toEqual({ gefluechtete: "suppressed", politik: "< 5" });
  });

  it("shows every figure of /v1/stats as a chart and a data table, on a strict-CSP site of another origin", async () => {
    const { page, widget, observed } = await openStats({ attributes: ' variant="full"' });
    const d = stats.dialogues;
    const p = stats.participants;
    const languageNames = new Intl.DisplayNames(["de"], { type: "language" });
    expect(await chartsOf(widget)).toEqual([
      expectedChart("byKind", "kind", entries(d.byMunicipalityKind, "kind")),
      expectedChart("byPhase", "phase", entries(d.byPhase, "phase")),
      expectedChart("byYear", "year", Object.entries(d.byYear)),
      expectedChart("byTopic", "topic", d.byTopic.map((t) => [label(`topic.${t.slug}`) === `topic.${t.slug}` ? t.label : label(`topic.${t.slug}`), t.count])),
      expectedChart("byActorGroup", "group", entries(p.byActorGroup, "actor")),
      expectedChart("byLanguage", "language", Object.entries(p.byLanguage).map(([code, v]) => [languageNames.of(code)!, v!])),
      expectedChart("needs", "need", entries(p.needs, "need")),
      expectedChart("byFormat", "format", entries(stats.events.byFormat, "format")),
      expectedChart("byStatus", "status", entries(stats.measures.byStatus, "status")),
    ]);
    // The bars really are drawn: the topic of two dialogues has a bar twice as long as the topic of one.
    const topics = (await chartsOf(widget)).find((c) => c.caption === STATS_SOURCE_TEXT.byTopic)!;
    expect(topics.rows.map((r) => r.share)).toEqual([1, 0.5]);

    const figures = await widget.locator('[part="figures"] .figure').evaluateAll((els) => els.map((el) => [el.querySelector("dt")!.textContent, el.querySelector("dd")!.textContent]));
    expect(figures).toEqual(
      (
        [
          ["dialogues", d.total],
          ["municipalities", d.municipalities],
          ["participants", p.reported],
          ["registered", p.registered],
          ["events", stats.events.total],
          ["cancelled", stats.events.cancelled],
          ["seats", stats.events.seats],
          ["seatsTaken", stats.events.seatsTaken],
          ["waitlisted", stats.events.waitlisted],
          ["measures", stats.measures.total],
          ["overdue", stats.measures.overdue],
        ] as const
      ).map(([key, value]) => [STATS_SOURCE_TEXT[key], shownAs(value)]),
    );

    const progress = widget.getByRole("progressbar", { name: STATS_SOURCE_TEXT.progress });
    expect(await progress.evaluate((el) => [(el as HTMLProgressElement).value, (el as HTMLProgressElement).max])).toEqual([stats.measures.overallProgress, 100]);
    const percent = new Intl.NumberFormat("de", { style: "percent" }).format(stats.measures.overallProgress / 100);
    expect(await widget.locator('[part="progress-text"]').innerText()).toBe(`${stats.measures.byStatus.done} von ${stats.measures.total} Maßnahmen umgesetzt, Gesamtfortschritt ${percent}`);

    expect(await widget.getByRole("heading", { level: 3, name: STATS_SOURCE_TEXT.title }).count()).toBe(1);
    expect(await widget.getByRole("heading", { level: 4 }).allInnerTexts()).toEqual(["Dialoge", "Teilnehmende", "Veranstaltungen", "Maßnahmen"]);
    expect(await dispatched(page)).toEqual([{ type: "kfd-loaded", detail: { generatedAt: expect.any(String), dialogues: stats.dialogues.total } }]);
    expect(await widget.locator('[part="base"]').innerText()).not.toMatch(/Erika|example\.org|Entwurf/);
    await expectCleanEmbedding(observed);
  });

  it("shows small counts as '< 5', hides the one that would give them away, and says why", async () => {
    const { widget } = await openStats({ attributes: ' variant="full"' });
    const groups = (await chartsOf(widget)).find((c) => c.caption === STATS_SOURCE_TEXT.byActorGroup)!;
    expect(groups.rows).toEqual([
      { label: "row:Geflüchtete", value: "verborgen", share: 0 },
      { label: "row:Politik", value: "< 5", share: 0 },
    ]);
    const note = await widget.locator('[part="note"]').innerText();
    expect(note).toContain("Kleine Zahlen werden nicht gezeigt, um Einzelne zu schützen.");
    expect(note).toContain("„verborgen“");
  });

  it("shows the key figures and the overall progress in the summary variant, without charts", async () => {
    const { widget, observed } = await openStats();
    expect(await widget.getAttribute("variant")).toBe("summary");
    expect(await widget.locator('[part="chart"]').count()).toBe(0);
    const figures = await widget.locator('[part="figures"] dt').allInnerTexts();
    expect(figures).toEqual(["Dialoge", "Kommunen", "Teilnehmende", "Veranstaltungen", "Plätze", "Maßnahmen"]);
    expect(await widget.getByRole("progressbar").count()).toBe(1);
    expect(await widget.locator('[part="note"]').count()).toBe(0);
    await expectCleanEmbedding(observed);
  });

  it("lays out right to left in Arabic, with the reader's digits, and follows a change of language", async () => {
    const { page, widget } = await openStats({ attributes: ' lang="ar" variant="full"' });
    expect(await widget.getAttribute("dir")).toBe("rtl");
    const base = widget.locator('[part="base"]');
    expect(await base.getAttribute("lang")).toBe("ar");
    expect(await base.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    expect(await widget.getByRole("heading", { name: "حوارات اللاجئين في البلديات بالأرقام" }).count()).toBe(1);
    const total = await page.evaluate((n) => new Intl.NumberFormat("ar").format(n), stats.dialogues.total);
    expect(await widget.locator('[part="figures"] dd').first().innerText()).toBe(total);
    // Bars grow from the right: the longest bar hugs the right edge of its track.
    const edges = await widget
      .locator('[part="chart"]')
      .first()
      .locator('[part="bar"]')
      .first()
      .evaluate((bar) => {
        const track = bar.parentElement!.getBoundingClientRect();
        const own = bar.getBoundingClientRect();
        const cell = bar.closest("tr")!.querySelector("th")!.getBoundingClientRect();
        return { right: track.right - own.right, labelRightOfBar: cell.left >= own.right - 0.5 && cell.left > own.left };
      });
    expect(edges.right).toBeLessThan(1);
    expect(edges.labelRightOfBar).toBe(true);

    await widget.evaluate((el) => el.setAttribute("lang", "uk"));
    await expect.poll(() => widget.getByRole("heading", { name: "Муніципальні діалоги з біженцями в цифрах" }).count()).toBe(1);
    expect(await widget.getAttribute("dir")).toBe("ltr");
  });

  it("stays readable under hostile host CSS", async () => {
    const { widget, observed } = await openStats({ hostileCss: true, attributes: ' variant="full"' });
    const style = await widget.locator("caption").first().evaluate((el) => {
      const s = getComputedStyle(el);
      return { fontSize: parseFloat(s.fontSize), lineHeight: parseFloat(s.lineHeight), textTransform: s.textTransform };
    });
    expect(style.fontSize).toBeGreaterThanOrEqual(15);
    expect(style.lineHeight).toBeGreaterThanOrEqual(style.fontSize * 1.2);
    expect(style.textTransform).toBe("none");
    const bar = await widget.locator('[part="bar"]').first().evaluate((el) => el.getBoundingClientRect().height);
    expect(bar).toBeGreaterThanOrEqual(12);
    await expectCleanEmbedding(observed);
  });

  it("reaches the open-data links with the keyboard, and they lead to the same figures", async () => {
    const { page, widget } = await openStats({ attributes: ' variant="full"' });
    await page.keyboard.press("Tab");
    const csv = widget.getByRole("link", { name: STATS_SOURCE_TEXT.exportCsv });
    expect(await csv.evaluate((el) => el.matches(":focus-visible"))).toBe(true);
    const href = await csv.getAttribute("href");
    expect(href).toBe(statsUrl({ baseUrl: stack.api }, "csv"));
    const download = await (await fetch(href!)).text();
    expect(download.replace(/^\uFEFF/, "")).toBe((await getStatsCsv({ baseUrl: stack.api })).replace(/^\uFEFF/, ""));
    expect(download).toContain('"participants.byActorGroup","politik","< 5"');
    await page.keyboard.press("Tab");
    const json = widget.getByRole("link", { name: STATS_SOURCE_TEXT.exportJson });
    expect(await json.evaluate((el) => el.matches(":focus"))).toBe(true);
    expect(await json.getAttribute("href")).toBe(`${stack.api}/v1/stats`);
  });

  it("is defined by kfd-widgets.js as well, and tolerates its own entry file next to it", async () => {
    const { page, context, observed } = await observedPage(stack);
    contexts.push(context);
    const html = statsPage().replace('<script type="module" src="' + stack.api + '/widgets/stats.js"></script>', ["kfd-widgets.js", "stats.js"].map((f) => `<script type="module" src="${stack.api}/widgets/${f}"></script>`).join(""));
    await page.goto(stack.hostPage(html));
    await page.locator("kfd-stats").locator('[part="title"]').waitFor();
    expect(await page.evaluate(() => typeof customElements.get("kfd-stats"))).toBe("function");
    await expectCleanEmbedding(observed);
  });

  it("explains a network failure, says so in an event, and loads on retry with the keyboard", async () => {
    const { page, widget } = await openStats({ api: "http://127.0.0.1:9", csp: false, waitFor: "message" });
    expect(await widget.getByRole("alert").innerText()).toContain("Die Zahlen konnten gerade nicht geladen werden.");
    expect(await dispatched(page)).toEqual([{ type: "kfd-error", detail: { code: "network_error", status: 0 } }]);
    await page.keyboard.press("Tab");
    const retry = widget.getByRole("button", { name: "Erneut versuchen" });
    expect(await retry.evaluate((el) => el.matches(":focus"))).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await dispatched(page)).filter((e) => e.type === "kfd-error").length).toBe(2);
    await widget.evaluate((el, api) => el.setAttribute("api", api), stack.api);
    await widget.locator('[part="title"]').waitFor();
    expect(await widget.getByRole("alert").count()).toBe(0);
  });
});
