import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { upsertMunicipalities } from "@kfd/db";
import type { Dialogue, MapFeatureCollection, Phase } from "@kfd/domain";
import { ATTRIBUTION, findMunicipalityByAgs, toMunicipality } from "@kfd/geodata";
import { createDialogue, getMap, publishDialogue, setDialoguePhase } from "@kfd/sdk";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "@kfd/browser-testing";
import { observedPage, startStack, type Observed, type Stack } from "../../test/harness.js";

let stack: Stack;
const contexts: BrowserContext[] = [];
const published: Dialogue[] = [];

const AGS = { ulm: "08421000", tuebingen: "08416041", lkBoeblingen: "08115", stuttgart: "08111000", fellbach: "08119020", waiblingen: "08119079", ihringen: "08315059", konstanz: "08335043" };
/** A sensitive place in Stuttgart (say, a shared accommodation): it must never reach the public. */
const PRECISE = { lat: 48.8012, lon: 9.2211 };

const PHASES: Phase[] = ["preparation", "execution", "implementation", "completed"];

async function dialogueIn(ags: string, fields: { title: string; heldOn: string; phase: Phase; topics: string[]; publish?: boolean; location?: typeof PRECISE }): Promise<Dialogue> {
  const created = await createDialogue(stack.admin, {
    title: fields.title,
    municipalityAgs: ags,
    heldOn: fields.heldOn,
    participantCount: 40,
    topics: fields.topics.map((slug) => ({ slug, label: slug })),
    ...(fields.location ? { location: fields.location, locationSensitive: true } : {}),
  });
  // The API allows one step at a time, as staff would move a dialogue along.
  for (const phase of PHASES.slice(1, PHASES.indexOf(fields.phase) + 1)) await setDialoguePhase(stack.admin, created.id, phase);
  if (fields.publish !== false) published.push(await publishDialogue(stack.admin, created.id));
  return created;
}

beforeAll(async () => {
  stack = await startStack();
  await upsertMunicipalities(
    stack.db.db,
    Object.values(AGS).map((ags) => toMunicipality(findMunicipalityByAgs(ags)!)),
  );
  await dialogueIn(AGS.ulm, { title: "Ulm: Wie leben wir zusammen?", heldOn: "2016-05-10", phase: "completed", topics: ["gemeinschaft-nachbarschaft", "kindergarten-schule"] });
  await dialogueIn(AGS.tuebingen, { title: "Tübinger Wohndialog", heldOn: "2017-03-02", phase: "implementation", topics: ["bauen-wohnen"] });
  await dialogueIn(AGS.lkBoeblingen, { title: "Kreisdialog Böblingen", heldOn: "2018-10-20", phase: "execution", topics: ["ausbildung-arbeit"] });
  await dialogueIn(AGS.stuttgart, { title: "Dialog an der Unterkunft", heldOn: "2016-11-11", phase: "execution", topics: ["bauen-wohnen"], location: PRECISE });
  await dialogueIn(AGS.stuttgart, { title: "Stuttgart sicher und vernetzt", heldOn: "2019-02-14", phase: "preparation", topics: ["infrastruktur-sicherheit"] });
  await dialogueIn(AGS.fellbach, { title: "Fellbacher Nachbarschaften", heldOn: "2017-06-01", phase: "completed", topics: ["gemeinschaft-nachbarschaft"] });
  await dialogueIn(AGS.waiblingen, { title: "Sport verbindet", heldOn: "2018-07-07", phase: "preparation", topics: ["sport-und-freizeit"] });
  await dialogueIn(AGS.ihringen, { title: "Ihringen im Gespräch", heldOn: "2016-09-09", phase: "completed", topics: [] });
  await dialogueIn(AGS.konstanz, { title: "Noch nicht veröffentlicht", heldOn: "2019-01-01", phase: "preparation", topics: [], publish: false });
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

afterAll(async () => {
  await stack?.close();
});

function mapPage(tag: string, options: { lang?: string; scripts?: string[] } = {}): string {
  const scripts = (options.scripts ?? ["results-map"]).map((s) => `<script type="module" src="${stack.api}/widgets/${s}.js"></script>`).join("\n");
  return `<!doctype html>
<html lang="${options.lang ?? "de"}">
<head><meta charset="utf-8"><title>Landkreis Musterkreis – Flüchtlingsdialoge</title>
${scripts}
</head>
<body><main><h1>Wo Flüchtlingsdialoge stattfanden</h1>
${tag}
</main></body></html>`;
}

interface OpenMap {
  page: Page;
  observed: Observed;
  map: Locator;
}

async function openMap(
  attributes = "",
  options: { lang?: string; scripts?: string[]; csp?: string; route?: { url: string; body: string } } = {},
): Promise<OpenMap> {
  const { page, context, observed } = await observedPage(stack);
  contexts.push(context);
  const route = options.route;
  if (route) await page.route(route.url, (r) => r.fulfill({ status: 200, contentType: "application/json", headers: { "access-control-allow-origin": "*" }, body: route.body }));
  // About a phone's width plus margins: the map is ~430 px wide, so the towns around Stuttgart overlap.
  await page.setViewportSize({ width: 500, height: 900 });
  const tag = `<kfd-results-map api="${stack.api}" ${attributes}></kfd-results-map>`;
  await page.goto(stack.hostPage(mapPage(tag, options), options.csp ? { csp: options.csp } : {}));
  const map = page.locator("kfd-results-map");
  await map
    .locator(".mark")
    .first()
    .waitFor({ state: "attached" })
    .catch(async (error: unknown) => {
      throw new Error(`${String(error)}\n${JSON.stringify({ errors: observed.consoleErrors, requests: observed.requests, text: await map.textContent() })}`);
    });
  return { page, observed, map };
}

interface MarkInfo {
  key: string;
  id: string;
  count: number;
  cluster: boolean;
  label: string;
  tabindex: string;
  x: number;
  y: number;
}

const marksOf = (page: Page): Promise<MarkInfo[]> =>
  page.evaluate(() =>
    [...document.querySelector("kfd-results-map")!.shadowRoot!.querySelectorAll<SVGGElement>(".mark")].map((m) => {
      const [, x = "0", y = "0"] = /translate\(([-\d.e]+) ([-\d.e]+)\)/.exec(m.getAttribute("transform") ?? "") ?? [];
      return {
        key: m.dataset.key ?? "",
        id: m.dataset.id ?? "",
        count: Number(m.dataset.count ?? 1),
        cluster: m.classList.contains("cluster"),
        label: m.getAttribute("aria-label") ?? "",
        tabindex: m.getAttribute("tabindex") ?? "",
        x: Number(x),
        y: Number(y),
      };
    }),
  );

const activeMark = (page: Page) =>
  page.evaluate(() => {
    const active = document.querySelector("kfd-results-map")!.shadowRoot!.activeElement as SVGElement | null;
    if (!active?.classList.contains("mark")) return undefined;
    return { key: active.dataset.key ?? "", id: active.dataset.id ?? "", cluster: active.classList.contains("cluster"), stroke: getComputedStyle(active.classList.contains("shape") ? active : active.querySelector(".shape")!).stroke };
  });

const viewBox = (page: Page) => page.evaluate(() => document.querySelector("kfd-results-map")!.shadowRoot!.querySelector("svg.canvas")!.getAttribute("viewBox")!.split(" ").map(Number));

const rowIds = (map: Locator) => map.locator("tbody tr .row-link").evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.id ?? ""));

describe("<kfd-results-map>", () => {
  it("draws exactly the published dialogues of /v1/map, passes axe, and asks nobody but the API", async () => {
    const { page, observed, map } = await openMap();
    const collection = await getMap({ baseUrl: stack.api });
    expect(collection.features).toHaveLength(published.length);

    const marks = await marksOf(page);
    expect(marks.reduce((sum, m) => sum + m.count, 0)).toBe(collection.features.length);
    // Dense places cluster at the whole state's size: the four dialogues around Stuttgart share a mark.
    // Dense places stay readable: the towns around Stuttgart share one mark at this size …
    expect(marks.filter((m) => m.cluster).map((m) => m.label)).toContainEqual(expect.stringMatching(/^4 Dialoge: .*Stuttgart/));
    const single = marks.filter((m) => !m.cluster).map((m) => m.id);
    expect(single.every((id) => collection.features.some((f) => f.id === id))).toBe(true);
    expect((await rowIds(map)).sort()).toEqual(collection.features.map((f) => f.id).sort());
    expect(await map.getByRole("status").textContent()).toContain("8 von 8 Dialogen");

    // West to east: Ihringen (Kaiserstuhl) – Tübingen – Ulm; north to south: Tübingen above Ihringen.
    const at = (ags: string) => marks.find((m) => m.id === collection.features.find((f) => f.properties.ags === ags)?.id)!;
    expect(at(AGS.ihringen).x).toBeLessThan(at(AGS.tuebingen).x);
    expect(at(AGS.tuebingen).x).toBeLessThan(at(AGS.ulm).x);
    expect(at(AGS.tuebingen).y).toBeLessThan(at(AGS.ihringen).y);
    expect(at(AGS.ulm).label).toBe("Ulm, Stadt – Flüchtlingsdialog 2016");

    // … and once zoomed in, Stuttgart's two dialogues (one point) are spread apart.
    const stuttgart = collection.features.filter((f) => f.properties.ags === AGS.stuttgart);
    await map.locator(`.row-link[data-id="${stuttgart[0]!.id}"]`).click();
    await expect.poll(async () => (await marksOf(page)).filter((m) => m.label.startsWith("Stuttgart,")).length).toBe(2);
    const [a, b] = (await marksOf(page)).filter((m) => m.label.startsWith("Stuttgart,"));
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(0);
    expect(await map.locator(".leaders").getAttribute("d")).toMatch(/^M[\d.]+ [\d.]+L/);

    await expect.poll(() => map.locator(".attribution").textContent()).toContain(ATTRIBUTION);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.querySelector("kfd-results-map")!.shadowRoot!.querySelectorAll("[style]").length)).toBe(0);
    expect(await observed.cspViolations()).toEqual([]);
    expect(observed.consoleErrors).toEqual([]);
    const origins = new Set(observed.requests.map((url) => new URL(url).origin));
    expect([...origins].sort()).toEqual([stack.api, stack.host].sort());
  });

  it("shows a sensitive place only at its municipality's point", async () => {
    const response = await fetch(`${stack.api}/v1/map`);
    const body = await response.text();
    expect(body).not.toContain(String(PRECISE.lat));
    expect(body).not.toContain(String(PRECISE.lon));
    const collection = JSON.parse(body) as MapFeatureCollection;
    const sensitive = collection.features.find((f) => f.properties.title === "Dialog an der Unterkunft")!;
    const stuttgart = findMunicipalityByAgs(AGS.stuttgart)!;
    expect(sensitive.geometry.coordinates).toEqual([stuttgart.lon, stuttgart.lat]);
  });

  it("reaches and opens every mark from the keyboard, with a visible focus", async () => {
    const { page, map } = await openMap();
    const marks = await marksOf(page);
    expect(marks.filter((m) => m.tabindex === "0")).toHaveLength(1);

    for (let i = 0; i < 8 && !(await activeMark(page)); i++) await page.keyboard.press("Tab");
    const first = await activeMark(page);
    expect(first).toBeDefined();
    expect(first!.stroke).toBe("rgb(194, 65, 12)");

    // → walks west to east through every mark.
    const visited = new Set([first!.key]);
    for (let i = 0; i < marks.length * 2; i++) {
      await page.keyboard.press(i < marks.length ? "ArrowRight" : "ArrowLeft");
      visited.add((await activeMark(page))!.key);
    }
    expect([...visited].sort()).toEqual(marks.map((m) => m.key).sort());

    // Enter on a cluster zooms in and moves the focus to one of its dialogues.
    const cluster = marks.find((m) => m.cluster)!;
    await page.keyboard.press("Home");
    for (let i = 0; i < marks.length && (await activeMark(page))!.key !== cluster.key; i++) await page.keyboard.press("ArrowRight");
    const before = await viewBox(page);
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await viewBox(page))[2]).toBeLessThan(before[2]!);
    const inside = await activeMark(page);
    expect(inside).toBeDefined();

    // Enter on a marker opens its compact Steckbrief with a link; Escape closes it and keeps the focus.
    for (let i = 0; i < 10 && (await activeMark(page))!.cluster; i++) await page.keyboard.press("ArrowRight");
    const marker = (await activeMark(page))!;
    await page.keyboard.press("Enter");
    const panel = map.locator(".panel");
    await panel.waitFor();
    const feature = (await getMap({ baseUrl: stack.api })).features.find((f) => f.id === marker.id)!;
    expect(await panel.getByRole("heading").textContent()).toBe(feature.properties.title);
    expect(await panel.getByRole("link").getAttribute("href")).toBe(`${stack.api}/steckbrief/${feature.properties.slug}`);
    expect(await map.locator(`[data-key="${marker.key}"]`).getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
    expect((await activeMark(page))!.id).toBe(marker.id);

    // + and − zoom around the focused mark; the whole-map button resets.
    const zoomed = (await viewBox(page))[2]!;
    await page.keyboard.press("+");
    await expect.poll(async () => (await viewBox(page))[2]).toBeCloseTo(zoomed / 2, 3);
    await map.getByRole("button", { name: "Ganze Karte zeigen" }).click();
    await expect.poll(async () => (await viewBox(page))[2]).toBeCloseTo(before[2]!, 3);
  });

  it("links every table row to its own marker and back", async () => {
    const { page, map } = await openMap();
    const ids = await rowIds(map);
    for (const id of ids) {
      await map.locator(`.row-link[data-id="${id}"]`).click();
      await expect.poll(async () => (await activeMark(page))?.id).toBe(id);
      expect(await map.locator(`.marker[data-id="${id}"]`).getAttribute("aria-expanded")).toBe("true");
      expect(await map.locator("tr.selected .row-link").getAttribute("data-id")).toBe(id);
    }
    const last = ids[ids.length - 1]!;
    await map.locator(".panel").getByRole("button", { name: "In der Tabelle zeigen" }).click();
    await expect.poll(() => page.evaluate(() => (document.querySelector("kfd-results-map")!.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id)).toBe(last);
    expect(await map.locator("tr.selected").getAttribute("aria-current")).toBe("true");
  });

  it("filters markers and table by topic, phase and year", async () => {
    const { page, map } = await openMap();
    const total = async () => (await marksOf(page)).reduce((sum, m) => sum + m.count, 0);
    const features = (await getMap({ baseUrl: stack.api })).features;
    const expected = (test: (p: (typeof features)[number]["properties"]) => boolean) => features.filter((f) => test(f.properties)).map((f) => f.id).sort();

    await map.getByLabel("Jahr").selectOption("2016");
    await expect.poll(total).toBe(3);
    expect((await rowIds(map)).sort()).toEqual(expected((p) => p.year === 2016));
    expect(await map.getByRole("status").textContent()).toContain("3 von 8 Dialogen");

    await map.getByLabel("Thema").selectOption({ label: "Bauen & Wohnen" });
    await expect.poll(total).toBe(1);
    expect(await rowIds(map)).toEqual(expected((p) => p.year === 2016 && p.topics.includes("bauen-wohnen")));

    await map.getByLabel("Jahr").selectOption("");
    await map.getByLabel("Thema").selectOption("");
    await map.getByLabel("Phase").selectOption({ label: "Abgeschlossen" });
    await expect.poll(total).toBe(3);
    expect((await rowIds(map)).sort()).toEqual(expected((p) => p.phase === "completed"));

    // A municipality's own topic is offered by its words.
    await map.getByLabel("Phase").selectOption("");
    await map.getByLabel("Thema").selectOption({ label: "Sport und freizeit" });
    await expect.poll(total).toBe(1);
  });

  it("sorts the table by any column, announcing the order", async () => {
    const { map } = await openMap();
    const years = () => map.locator("tbody tr td:nth-of-type(2)").allTextContents();
    const header = map.locator("thead th").nth(2);
    await map.getByRole("button", { name: /^Jahr/ }).click();
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    expect(await years()).toEqual(["2019", "2018", "2018", "2017", "2017", "2016", "2016", "2016"]);
    await map.getByRole("button", { name: /^Jahr/ }).click();
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    expect((await years())[0]).toBe("2016");
    await map.getByRole("button", { name: /^Kommune/ }).click();
    const names = await map.locator("tbody .row-link").allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "de")));
  });

  it("shades each Kreis by its dialogues, with a legend and the numbers as text", async () => {
    const { page, map } = await openMap("choropleth");
    const shaded = await page.evaluate(() =>
      [...document.querySelector("kfd-results-map")!.shadowRoot!.querySelectorAll("path.area")].filter((p) => !p.classList.contains("shade-0")).length,
    );
    expect(shaded).toBe(6);
    const rows = await map.locator(".kreis-table tbody tr").evaluateAll((trs) => trs.map((tr) => [tr.querySelector("th")!.textContent, tr.querySelector("td")!.textContent]));
    expect(rows).toHaveLength(6);
    expect(rows).toContainEqual(["Stuttgart", "2"]);
    expect(rows).toContainEqual(["Rems-Murr-Kreis", "2"]);
    expect(await map.locator(".legend").textContent()).toContain("Dialoge je Kreis");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("draws another region from its TopoJSON and counts the dialogues by that region's Kreise", async () => {
    // Two hand-drawn areas keyed by the AGS of Stuttgart and the Rems-Murr-Kreis, served from the
    // API's origin as a self-hoster would place a file written by `pnpm geodata --region …`.
    const square = (west: number, south: number, east: number, north: number) => [[west, south], [east, south], [east, north], [west, north], [west, south]];
    const topology = {
      type: "Topology",
      arcs: [square(9.0, 48.6, 9.3, 48.9), square(9.3, 48.7, 9.8, 49.1)],
      objects: {
        kreise: {
          type: "GeometryCollection",
          geometries: [
            { type: "Polygon", arcs: [[0]], properties: { ags: "08111", name: "Testgebiet Stuttgart", kind: "stadt" } },
            { type: "Polygon", arcs: [[1]], properties: { ags: "08119", name: "Testgebiet Rems-Murr", kind: "landkreis" } },
          ],
        },
      },
    };
    const regionUrl = `${stack.api}/regions/test-region.topo.json`;
    const { page, map, observed } = await openMap(`choropleth region="/regions/test-region.topo.json"`, {
      route: { url: regionUrl, body: JSON.stringify(topology) },
    });
    await expect.poll(() => page.evaluate(() => document.querySelector("kfd-results-map")!.shadowRoot!.querySelectorAll("path.area").length)).toBe(2);
    const rows = await map.locator(".kreis-table tbody tr").evaluateAll((trs) => trs.map((tr) => [tr.querySelector("th")!.textContent, tr.querySelector("td")!.textContent]));
    expect(rows).toEqual(expect.arrayContaining([["Testgebiet Stuttgart", "2"], ["Testgebiet Rems-Murr", "2"]]));
    expect(rows).toHaveLength(2);
    expect(observed.requests).toContain(regionUrl);
    expect(observed.requests.filter((url) => !url.startsWith(stack.api) && !url.startsWith(stack.host))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("speaks Arabic right to left, with Arabic labels on the markers", async () => {
    const { page, map } = await openMap('lang="ar"');
    expect(await map.getAttribute("dir")).toBe("rtl");
    const labels = (await marksOf(page)).map((m) => m.label);
    expect(labels.some((l) => l.includes("حوار اللاجئين"))).toBe(true);
    expect(await map.locator("caption").textContent()).toBe("جميع الحوارات في جدول");
    const direction = await map.locator("table").evaluate((t) => getComputedStyle(t).direction);
    expect(direction).toBe("rtl");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows the compact <kfd-steckbrief-card> of a selected dialogue when the page has it", async () => {
    const { map, observed } = await openMap("", { scripts: ["results-map", "steckbrief-card"] });
    const ulm = (await getMap({ baseUrl: stack.api })).features.find((f) => f.properties.ags === AGS.ulm)!;
    await map.locator(`.row-link[data-id="${ulm.id}"]`).click();
    const card = map.locator("kfd-steckbrief-card");
    await card.waitFor({ state: "attached" });
    expect(await card.getAttribute("variant")).toBe("compact");
    await expect.poll(() => card.locator('[part="more-link"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await card.locator('[part="more-link"]').getAttribute("href")).toContain(`/steckbrief/${ulm.properties.slug}`);
    expect(observed.consoleErrors).toEqual([]);
  });

  describe("with tiles", () => {
    let tileServer: Server;
    let tiles: string;
    const tileRequests: string[] = [];
    // A 1×1 transparent PNG.
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

    beforeAll(async () => {
      tileServer = createServer((req, res) => {
        tileRequests.push(req.url ?? "");
        res.writeHead(200, { "content-type": "image/png", "access-control-allow-origin": "*" }).end(png);
      });
      await new Promise<void>((resolve) => tileServer.listen(0, "127.0.0.1", resolve));
      tiles = `http://127.0.0.1:${(tileServer.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      await new Promise((resolve) => tileServer.close(resolve));
    });

    it("loads raster tiles from the configured server only, and credits them", async () => {
      const csp = `default-src 'none'; script-src ${stack.api}; connect-src ${stack.api}; style-src 'self' ${stack.api}; img-src ${tiles}`;
      const { page, map, observed } = await openMap(`tiles="${tiles}/tiles/{z}/{x}/{y}.png" attribution="© Testkacheln"`, { csp });
      await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
      const images = await map.locator("svg.canvas image").count();
      await expect.poll(() => tileRequests.length).toBeGreaterThanOrEqual(images);
      const zooms = new Set(tileRequests.map((url) => Number(/^\/tiles\/(\d+)\/\d+\/\d+\.png$/.exec(url)?.[1])));
      expect([...zooms]).toHaveLength(1);
      const [z] = [...zooms];
      expect(z).toBeGreaterThanOrEqual(6);
      expect(z).toBeLessThanOrEqual(9);
      // Stuttgart's tile at that zoom (the usual slippy-map formula) is among them.
      const n = 2 ** z!;
      const lat = (48.7773 * Math.PI) / 180;
      const column = Math.floor(((9.169 + 180) / 360) * n);
      const row = Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * n);
      expect(tileRequests).toContain(`/tiles/${z}/${column}/${row}.png`);

      const attribution = await map.locator(".attribution").textContent();
      expect(attribution).toContain(ATTRIBUTION);
      expect(attribution).toContain("© Testkacheln");

      tileRequests.length = 0;
      await map.getByRole("button", { name: "Vergrößern", exact: true }).click();
      await expect.poll(() => tileRequests.some((url) => url.startsWith(`/tiles/${z! + 1}/`))).toBe(true);
      expect(await observed.cspViolations()).toEqual([]);
      const origins = new Set(observed.requests.map((url) => new URL(url).origin));
      expect([...origins].sort()).toEqual([stack.api, stack.host, tiles].sort());
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
