// `pnpm bench`: bundle sizes (min+gzip) and API throughput as ratios to a bare Hono handler,
// all measured in this one run. Budgets are checked here, never in timed unit tests.
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { kb, measureEntry, measureFile } from "./sizes.mjs";
import { measureMapRender } from "./map-render.mjs";
import { measureThroughput } from "./throughput.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const widgets = `${root}packages/widgets/dist`;

const budgets = [
  { name: "<kfd-registration-form>", file: `${widgets}/registration-form.js`, aim: 12, ceiling: 25 },
  { name: "<kfd-steckbrief-card>", file: `${widgets}/steckbrief-card.js`, aim: 10, ceiling: 25 },
  { name: "kfd-widgets.js (all)", file: `${widgets}/kfd-widgets.js`, aim: 60, ceiling: 60 },
];
const geometry = `${root}packages/geodata/data/bw-kreise.topo.json`;

let overBudget = 0;
console.log(`\nLoad average at start: ${loadavg().map((l) => l.toFixed(2)).join(", ")} (2 cores; figures from a busy machine are not comparable)`);
console.log("\nBundle sizes (entry + statically imported chunks, minified, gzip -9)\n");
console.log("widget                       files      min     gzip   aim   ceiling");
for (const b of budgets) {
  if (!existsSync(b.file)) {
    console.log(`${b.name.padEnd(28)} (not built yet)`);
    continue;
  }
  const s = measureEntry(b.file);
  const over = s.gzip / 1024 > b.ceiling;
  if (over) overBudget++;
  console.log(`${b.name.padEnd(28)} ${String(s.files).padStart(5)} ${kb(s.bytes).padStart(9)} ${kb(s.gzip).padStart(8)} ${String(b.aim).padStart(4)} KB ${String(b.ceiling).padStart(5)} KB${over ? "  OVER CEILING" : s.gzip / 1024 > b.aim ? "  (over aim)" : ""}`);
}
if (existsSync(geometry)) console.log(`${"BW Kreise TopoJSON (source)".padEnd(28)} ${"1".padStart(5)} ${kb(measureFile(geometry).bytes).padStart(9)} ${kb(measureFile(geometry).gzip).padStart(8)}`);
const consolePage = `${root}apps/admin/dist/index.html`;
if (existsSync(consolePage)) {
  // Staff open it on office machines, so it has no budget; printed to see it grow. Languages load on choice.
  const app = readFileSync(consolePage, "utf8").match(/assets\/(app-[\w-]+\.js)/)?.[1];
  const s = app && measureEntry(`${root}apps/admin/dist/assets/${app}`);
  if (s) console.log(`${"staff console /admin".padEnd(28)} ${String(s.files).padStart(5)} ${kb(s.bytes).padStart(9)} ${kb(s.gzip).padStart(8)}`);
}

console.log("\nResults map: 1,101 markers (one per BW Gemeinde) in headless Chromium, median of 5 cold pages\n");
const map = await measureMapRender();
const mapOver = map.size.totalGzip / 1024 > 25;
console.log(`<kfd-results-map> JS ${kb(map.size.jsGzip)} + geometry ${kb(map.size.geometryGzip)} = ${kb(map.size.totalGzip)} min+gzip (aim ≤ 25 KB)${mapOver ? "  (over aim)" : ""}`);
console.log(`render after data: ${map.medianMs} ms median wall-clock (runs ${map.runsMs.join(", ")} ms; aim ≤ 50 ms), ${map.markers} markers drawn as ${map.marks} marks`);
console.log(`                   ${map.cpuMedianMs} ms median main-thread CPU (runs ${map.cpuRunsMs.join(", ")} ms) — what the render costs when no other process competes for the cores`);

console.log(`\nAPI throughput: autocannon, 50 connections, ${process.env.BENCH_SECONDS ?? 8} s each, loopback, SQLite, rate limit off\n`);
const rows = await measureThroughput({ apiServer: `${root}apps/api/dist/server.js`, bareServer: `${root}bench/bare-hono.mjs` });
console.log("route                                   kfd req/s  p50 ms  p99 ms   bare req/s  p50  p99   ratio");
for (const r of rows) {
  const ratio = r.api.rps / r.bare.rps;
  console.log(
    `${r.route.padEnd(39)} ${r.api.rps.toFixed(0).padStart(9)} ${String(r.api.p50).padStart(7)} ${String(r.api.p99).padStart(7)} ${r.bare.rps.toFixed(0).padStart(12)} ${String(r.bare.p50).padStart(4)} ${String(r.bare.p99).padStart(4)} ${ratio.toFixed(2).padStart(6)}×`,
  );
}
const [get, post] = rows;
console.log(`\nAims: GET ≥ 0.60× bare → ${(get.api.rps / get.bare.rps).toFixed(2)}×; POST ≥ 2,000/s with p99 ≤ 50 ms → ${post.api.rps.toFixed(0)}/s, p99 ${post.api.p99} ms`);
if (overBudget > 0) {
  console.error(`\n${overBudget} bundle(s) over their ceiling.`);
  process.exitCode = 1;
}
