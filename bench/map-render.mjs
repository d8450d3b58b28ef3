// The results map in a real browser: time from the data being available to 1,101 markers
// (one per Gemeinde of Baden-Württemberg) being rendered and laid out, and the bytes the map
// costs (entry + static chunks + the geometry chunk, minified, gzip -9).
import { createReadStream, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
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

/** One cold page: the map is ready with its geometry; then the data arrive and are drawn. */
async function measureOnce(browser, origin) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${origin}/`);
    return await page.evaluate(async () => {
      const map = document.querySelector("kfd-results-map");
      if (!map.shadowRoot?.querySelector("svg.canvas")) await new Promise((done) => map.addEventListener("kfd-map-loaded", done, { once: true }));
      const collection = await (await fetch("/data.json")).json();
      const start = performance.now();
      map.data = collection;
      await map.updateComplete;
      // Style and layout of everything drawn, as the browser must do before painting.
      map.shadowRoot.querySelector("svg.canvas").getBoundingClientRect();
      document.body.offsetHeight;
      const ms = performance.now() - start;
      const marks = [...map.shadowRoot.querySelectorAll(".mark")];
      const markers = marks.reduce((sum, m) => sum + Number(m.getAttribute("data-count") ?? 1), 0);
      return { ms, markers, marks: marks.length, rows: map.shadowRoot.querySelectorAll("tbody tr").length };
    });
  } finally {
    await page.close();
  }
}

export function measureMapSize() {
  const entry = measureEntry(join(dist, "results-map.js"));
  const geometryFile = readdirSync(join(dist, "chunks")).find((f) => /^bw-kreise-.*\.js$/.test(f));
  const geometry = geometryFile ? readFileSync(join(dist, "chunks", geometryFile)) : Buffer.alloc(0);
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
    return {
      features: collection.features.length,
      markers: last.markers,
      marks: last.marks,
      rows: last.rows,
      medianMs: Math.round(times[Math.floor(times.length / 2)] * 10) / 10,
      runsMs: results.map((r) => Math.round(r.ms * 10) / 10),
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
  console.log(`size min+gzip: JS ${kb(r.size.jsGzip)} + geometry ${kb(r.size.geometryGzip)} = ${kb(r.size.totalGzip)} (aim ≤ 25 KB)`);
}
