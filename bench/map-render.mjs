// The results map in a real browser: time from the data being available to 1,101 markers
// (one per Gemeinde of Baden-Württemberg) being rendered and laid out, and the bytes the map
// costs (entry + static chunks + the geometry chunk, minified, gzip -9). Besides the wall-clock
// time, the main thread's CPU time of the same work (from Chrome's trace): on a loaded machine
// the wall clock also counts the time the browser waits for a core.
import { createReadStream, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { availableParallelism, loadavg } from "node:os";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { measureEntry } from "./sizes.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "packages/widgets/dist");
const { chromium } = createRequire(join(root, "packages/widgets/package.json"))("playwright-core");

const PHASES = ["preparation", "execution", "implementation", "completed"];
const TOPICS = ["bauen-wohnen", "kindergarten-schule", "ausbildung-arbeit", "gemeinschaft-nachbarschaft", "infrastruktur-sicherheit"];

/** One published dialogue in every Gemeinde of the register: the densest map the state can have. */
export function featuresOfRegister() {
  const register = JSON.parse(readFileSync(join(root, "packages/geodata/data/bw-municipalities.json"), "utf8"));
  const gemeinden = register.filter((m) => m.kind !== "landkreis");
  return {
    type: "FeatureCollection",
    features: gemeinden.map((m, i) => ({
      type: "Feature",
      id: `bench-${m.ags}`,
      geometry: { type: "Point", coordinates: [m.lon, m.lat] },
      properties: {
        slug: `dialog-${m.ags}`,
        title: `Wie leben wir in ${m.name} zusammen?`,
        municipality: m.name,
        ags: m.ags,
        kind: m.kind,
        phase: PHASES[i % PHASES.length],
        topics: [TOPICS[i % TOPICS.length], TOPICS[(i + 2) % TOPICS.length]],
        method: "world-cafe",
        year: 2016 + (i % 4),
        participantCount: 20 + (i % 80),
        demo: false,
      },
    })),
  };
}

const TYPES = { ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".html": "text/html; charset=utf-8" };

function serve(collection) {
  const page = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>map bench</title>
<script type="module" src="/widgets/results-map.js"></script></head>
<body><main><h1>Karte</h1><kfd-results-map></kfd-results-map></main></body></html>`;
  const data = JSON.stringify(collection);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/") return void res.writeHead(200, { "content-type": TYPES[".html"] }).end(page);
    if (path === "/data.json") return void res.writeHead(200, { "content-type": TYPES[".json"] }).end(data);
    // The widget asks its API first; the bench hands it the data itself, timed.
    if (path === "/v1/map") return void res.writeHead(200, { "content-type": TYPES[".json"] }).end('{"type":"FeatureCollection","features":[]}');
    const file = resolve(dist, path.replace(/^\/widgets\//, ""));
    if (!path.startsWith("/widgets/") || !file.startsWith(dist + sep)) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file)
      .on("error", () => res.end())
      .pipe(res);
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

/**
 * One cold page: the map is ready with its geometry; then the data arrive and are drawn. With
 * `traced`, Chrome's trace gives the main thread's CPU time of the task that drew them.
 */
async function measureOnce(browser, origin, traced = false) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${origin}/`);
    await page.evaluate(async () => {
      const map = document.querySelector("kfd-results-map");
      if (!map.shadowRoot?.querySelector("svg.canvas")) await new Promise((done) => map.addEventListener("kfd-map-loaded", done, { once: true }));
      window.benchData = await (await fetch("/data.json")).json();
    });
    const trace = traced ? await startTrace(page) : undefined;
    const result = await page.evaluate(async () => {
      const map = document.querySelector("kfd-results-map");
      const collection = window.benchData;
      performance.mark("kfd-bench-start");
      const start = performance.now();
      map.data = collection;
      await map.updateComplete;
      // Style and layout of everything drawn, as the browser must do before painting.
      map.shadowRoot.querySelector("svg.canvas").getBoundingClientRect();
      document.body.offsetHeight;
      const ms = performance.now() - start;
      performance.mark("kfd-bench-end");
      const marks = [...map.shadowRoot.querySelectorAll(".mark")];
      const markers = marks.reduce((sum, m) => sum + Number(m.getAttribute("data-count") ?? 1), 0);
      return { ms, markers, marks: marks.length, rows: map.shadowRoot.querySelectorAll("tbody tr").length };
    });
    return trace ? { ...result, cpuMs: await trace.cpuMs() } : result;
  } finally {
    await page.close();
  }
}

/** Traces the page; `cpuMs` is the thread time of the task between the two marks. */
async function startTrace(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
  await cdp.send("Tracing.start", { categories: "toplevel,blink.user_timing", transferMode: "ReportEvents" });
  return {
    async cpuMs() {
      const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
      await cdp.send("Tracing.end");
      await done;
      const start = events.find((e) => e.name === "kfd-bench-start");
      const end = events.find((e) => e.name === "kfd-bench-end");
      const task = events
        .filter((e) => e.ph === "X" && e.tid === start?.tid && e.ts <= start.ts && e.ts + e.dur >= end?.ts && e.tdur !== undefined)
        .sort((a, b) => a.dur - b.dur)[0];
      return task ? task.tdur / 1000 : NaN;
    },
  };
}

export function measureMapSize() {
  const entry = measureEntry(join(dist, "results-map.js"));
  // The geometry chunk of the latest build (older ones stay in dist/ a while for pages still loading them).
  const { outputs } = JSON.parse(readFileSync(join(dist, "meta.json"), "utf8"));
  const geometryFile = Object.keys(outputs).find((f) => f.endsWith(".js") && Object.keys(outputs[f].inputs).some((i) => i.endsWith("results-map/bw-kreise.ts")));
  const geometry = geometryFile ? readFileSync(join(root, "packages/widgets", geometryFile)) : Buffer.alloc(0);
  const geometryGzip = gzipSync(geometry, { level: 9 }).length;
  return { jsBytes: entry.bytes, jsGzip: entry.gzip, geometryBytes: geometry.length, geometryGzip, totalGzip: entry.gzip + geometryGzip };
}

/** Median render time of `runs` cold pages with 1,101 markers; needs `packages/widgets/dist` built. */
export async function measureMapRender({ runs = 5 } = {}) {
  const collection = featuresOfRegister();
  const server = await serve(collection);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.KFD_CHROMIUM ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await measureOnce(browser, origin));
    const times = results.map((r) => r.ms).sort((a, b) => a - b);
    const last = results[results.length - 1];
    // Traced runs of their own: tracing costs a little wall-clock time.
    const cpu = [];
    for (let i = 0; i < runs; i++) cpu.push((await measureOnce(browser, origin, true)).cpuMs);
    const cpuSorted = [...cpu].sort((a, b) => a - b);
    return {
      features: collection.features.length,
      markers: last.markers,
      marks: last.marks,
      rows: last.rows,
      medianMs: Math.round(times[Math.floor(times.length / 2)] * 10) / 10,
      runsMs: results.map((r) => Math.round(r.ms * 10) / 10),
      cpuMedianMs: Math.round(cpuSorted[Math.floor(cpuSorted.length / 2)] * 10) / 10,
      cpuRunsMs: cpu.map((ms) => Math.round(ms * 10) / 10),
      size: measureMapSize(),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await measureMapRender();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`<kfd-results-map>: ${r.markers} markers of ${r.features} features (${r.marks} marks, ${r.rows} table rows) rendered in ${r.medianMs} ms (median of ${r.runsMs.join(", ")} ms; aim ≤ 50 ms)`);
  console.log(`main-thread CPU time of that work: ${r.cpuMedianMs} ms (median of ${r.cpuRunsMs.join(", ")} ms); load average ${loadavg().map((l) => l.toFixed(2)).join(", ")} on ${availableParallelism()} cores`);
  console.log(`size min+gzip: JS ${kb(r.size.jsGzip)} + geometry ${kb(r.size.geometryGzip)} = ${kb(r.size.totalGzip)} (aim ≤ 25 KB)`);
}
