import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { kreisAgsOf, loadMunicipalityRegister } from "../register/municipality-register.js";
import type { KreisProperties } from "./kreis-properties.js";

type KreiseTopology = Topology<{ kreise: GeometryCollection<KreisProperties>; outline: TopoMultiPolygon }>;

const file = new URL("../../data/bw-kreise.topo.json", import.meta.url);
const source = readFileSync(file);
const topology = JSON.parse(source.toString("utf8")) as KreiseTopology;
const kreise = feature(topology, topology.objects.kreise).features;
const outline = feature(topology, topology.objects.outline).geometry as MultiPolygon;

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

function insideRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y! !== yj > y! && x! < ((xj - xi) * (y! - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function contains(geometry: Polygon | MultiPolygon, point: Position): boolean {
  return polygonsOf(geometry).some(([outer, ...holes]) => insideRing(point, outer!) && !holes.some((hole) => insideRing(point, hole)));
}

// Planar area in square degrees: enough to compare the outline with the Kreise it was merged from.
function area(geometry: Polygon | MultiPolygon): number {
  const ringArea = (ring: Position[]) => {
    let sum = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
    return Math.abs(sum / 2);
  };
  return polygonsOf(geometry).reduce((sum, [outer, ...holes]) => sum + ringArea(outer!) - holes.reduce((h, hole) => h + ringArea(hole), 0), 0);
}

describe("bw-kreise.topo.json", () => {
  it("holds the 44 Kreise of Baden-Württemberg: 35 Landkreise and 9 Stadtkreise", () => {
    expect(kreise).toHaveLength(44);
    const ags = kreise.map((k) => k.properties.ags);
    expect(new Set(ags).size).toBe(44);
    for (const value of ags) expect(value).toMatch(/^08\d{3}$/);
    expect(kreise.filter((k) => k.properties.kind === "landkreis")).toHaveLength(35);
    expect(kreise.filter((k) => k.properties.kind === "stadt").map((k) => k.properties.name)).toEqual(
      expect.arrayContaining(["Stuttgart", "Heilbronn", "Baden-Baden", "Karlsruhe", "Heidelberg", "Mannheim", "Pforzheim", "Freiburg im Breisgau", "Ulm"]),
    );
    for (const kreis of kreise) expect(["Polygon", "MultiPolygon"]).toContain(kreis.geometry.type);
  });

  it("is at most 12 KB gzipped", () => {
    const gzipped = gzipSync(source, { level: 9 }).length;
    console.log(`bw-kreise.topo.json: ${source.length} bytes raw, ${gzipped} bytes gzipped`);
    expect(gzipped).toBeLessThanOrEqual(12 * 1024);
  });

  it("carries the state outline, covering the same area as the Kreise together", () => {
    expect(outline.type).toBe("MultiPolygon");
    const kreiseArea = kreise.reduce((sum, k) => sum + area(k.geometry as Polygon | MultiPolygon), 0);
    expect(area(outline)).toBeCloseTo(kreiseArea, 6);
    const [west, south, east, north] = topology.bbox!;
    expect(west).toBeCloseTo(7.51, 1);
    expect(south).toBeCloseTo(47.53, 1);
    expect(east).toBeCloseTo(10.5, 1);
    expect(north).toBeCloseTo(49.79, 1);
  });

  it("places every point of the register inside its own Kreis and no other", () => {
    const byAgs = new Map(kreise.map((k) => [k.properties.ags, k.geometry as Polygon | MultiPolygon]));
    for (const record of loadMunicipalityRegister()) {
      const point = [record.lon, record.lat];
      const home = kreisAgsOf(record.ags);
      expect(byAgs.has(home), `${record.ags} ${record.name}`).toBe(true);
      expect(contains(byAgs.get(home)!, point), `${record.ags} ${record.name} inside ${home}`).toBe(true);
      const elsewhere = kreise.filter((k) => k.properties.ags !== home && contains(k.geometry as Polygon | MultiPolygon, point));
      expect(elsewhere.map((k) => k.properties.name), `${record.ags} ${record.name}`).toEqual([]);
    }
  });

  it("lists every Stadtkreis as one Stadt in the register", () => {
    const register = loadMunicipalityRegister();
    for (const kreis of kreise.filter((k) => k.properties.kind === "stadt")) {
      const towns = register.filter((r) => kreisAgsOf(r.ags) === kreis.properties.ags);
      expect(towns.map((r) => [r.ags, r.name, r.kind])).toEqual([[`${kreis.properties.ags}000`, kreis.properties.name, "stadt"]]);
    }
  });
});
