import { readPacked, readPackedPolygons } from "./packed-topology.js";
import { extentOfPoints, type Extent } from "./projection.js";

/*
 * A minimal TopoJSON reader: only what the map draws (polygons and multipolygons, quantized
 * or not). topojson-client does the same in more generality for 2 KB more; our shipped files
 * are all of this shape.
 */

type Position = [lon: number, lat: number];
type Ring = Position[];

interface PolygonObject {
  type: "Polygon";
  arcs: number[][];
  properties?: Record<string, unknown>;
}
interface MultiPolygonObject {
  type: "MultiPolygon";
  /** Arc indexes per ring per polygon, or packed (see packed-topology.ts). */
  arcs: number[][][] | string;
  properties?: Record<string, unknown>;
}
interface CollectionObject {
  type: "GeometryCollection";
  geometries: TopologyObject[];
}
export type TopologyObject = PolygonObject | MultiPolygonObject | CollectionObject | { type: null | "Point" | "LineString" };

export interface Topology {
  type: "Topology";
  transform?: { scale: [number, number]; translate: [number, number] };
  /** Arrays of positions, or packed (see packed-topology.ts). */
  arcs: number[][][] | string[];
  objects: Record<string, TopologyObject>;
}

/** One area of the map (a Kreis), with its polygons' rings in degrees. */
export interface Area {
  ags: string;
  name: string;
  kind: string;
  polygons: Ring[][];
}

/** What the map draws of a region: its areas, its outline and the extent of both. */
export interface Region {
  areas: Area[];
  outline: Ring[][];
  extent: Extent | undefined;
}

function decodeArcs(topology: Topology): Ring[] {
  const t = topology.transform;
  return topology.arcs.map((stored) => {
    const arc = typeof stored === "string" ? pairs(readPacked(stored)) : stored;
    if (!t) return arc.map(([x = 0, y = 0]) => [x, y]);
    let x = 0;
    let y = 0;
    // Quantized arcs store each point as the difference to the previous one.
    return arc.map(([dx = 0, dy = 0]) => {
      x += dx;
      y += dy;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

function pairs(numbers: number[]): number[][] {
  return Array.from({ length: numbers.length / 2 }, (_, i) => [numbers[2 * i]!, numbers[2 * i + 1]!]);
}

function ringOf(indexes: number[], arcs: Ring[]): Ring {
  const ring: Ring = [];
  for (const index of indexes) {
    // A negative index (~i) means arc i walked backwards.
    const arc = index < 0 ? [...(arcs[~index] ?? [])].reverse() : (arcs[index] ?? []);
    // Each arc starts where the previous one ended.
    ring.push(...(ring.length > 0 ? arc.slice(1) : arc));
  }
  return ring;
}

function polygonsOf(object: TopologyObject | undefined, arcs: Ring[]): Ring[][] {
  if (!object) return [];
  if (object.type === "Polygon") return [object.arcs.map((r) => ringOf(r, arcs))];
  if (object.type === "MultiPolygon") {
    return (typeof object.arcs === "string" ? readPackedPolygons(object.arcs) : object.arcs).map((p) => p.map((r) => ringOf(r, arcs)));
  }
  if (object.type === "GeometryCollection") return object.geometries.flatMap((g) => polygonsOf(g, arcs));
  return [];
}

/** Reads the object `areas` (each geometry with `ags`, `name`, `kind`) and `outline` of a topology. */
export function readRegion(topology: Topology, areas = "kreise", outline = "outline"): Region {
  const arcs = decodeArcs(topology);
  const collection = topology.objects[areas];
  const geometries = collection?.type === "GeometryCollection" ? collection.geometries : collection ? [collection] : [];
  const read = geometries.map((g) => {
    const p = "properties" in g ? (g.properties ?? {}) : {};
    return { ags: String(p.ags ?? ""), name: String(p.name ?? ""), kind: String(p.kind ?? ""), polygons: polygonsOf(g, arcs) };
  });
  const shape = topology.objects[outline] ? polygonsOf(topology.objects[outline], arcs) : read.flatMap((a) => a.polygons);
  return { areas: read, outline: shape, extent: extentOfPoints(arcs.flat()) };
}

/** An SVG path (`d`) of polygons; coordinates rounded to a tenth of a view unit. */
export function pathOf(polygons: Ring[][], project: (lon: number, lat: number) => [number, number]): string {
  let d = "";
  for (const polygon of polygons) {
    for (const ring of polygon) {
      ring.forEach(([lon, lat], i) => {
        const [x, y] = project(lon, lat);
        d += `${i === 0 ? "M" : i === 1 ? "L" : " "}${Math.round(x * 10) / 10} ${Math.round(y * 10) / 10}`;
      });
      d += "Z";
    }
  }
  return d;
}
