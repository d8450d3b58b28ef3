import type { Topology, TopologyObject } from "./topology.js";

/*
 * Quantized TopoJSON arcs as text: each arc's steps as zigzag varints, five bits a character
 * from "?" on, 32 added while more follow (Google's polyline encoding); a polygon's arc indexes
 * likewise, rings apart by " ", polygons by ",". Gzipped, the Kreise take a fifth less than as
 * JSON arrays; the reader takes either.
 */

const write = (n: number): string => {
  let z = n < 0 ? ~n * 2 + 1 : n * 2;
  let text = "";
  for (; z >= 32; z = Math.floor(z / 32)) text += String.fromCharCode(63 + 32 + (z % 32));
  return text + String.fromCharCode(63 + z);
};

/** The numbers of a packed arc (x, y, x, y, … as differences to the point before) or ring. */
export function readPacked(text: string): number[] {
  const numbers: number[] = [];
  let z = 0;
  let shift = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 63;
    z += (c & 31) * 2 ** shift;
    if (c & 32) shift += 5;
    else {
      numbers.push(z % 2 ? ~((z - 1) / 2) : z / 2);
      z = shift = 0;
    }
  }
  return numbers;
}

/** The arc indexes of packed polygons, by polygon and ring. */
export function readPackedPolygons(text: string): number[][][] {
  return text.split(",").map((polygon) => polygon.split(" ").map(readPacked));
}

const writePolygons = (polygons: number[][][]): string => polygons.map((polygon) => polygon.map((ring) => ring.map(write).join("")).join(" ")).join(",");

function packObject(object: TopologyObject): TopologyObject {
  if (object.type === "GeometryCollection") return { ...object, geometries: object.geometries.map(packObject) };
  if (object.type === "Polygon") return { ...object, type: "MultiPolygon", arcs: writePolygons([object.arcs]) };
  if (object.type === "MultiPolygon" && typeof object.arcs !== "string") return { ...object, arcs: writePolygons(object.arcs) };
  return object;
}

/**
 * A quantized topology with its arcs and polygons packed, its grid `coarser` times coarser
 * (points that then coincide are dropped) and without the bbox, which the reader does not need.
 * Arcs already packed stay as they are.
 */
export function packTopology(topology: Topology, coarser = 1): Topology {
  const { transform, arcs, objects } = topology;
  if (!transform) throw new Error("only a quantized topology can be packed");
  const packed = arcs.map((arc) => {
    if (typeof arc === "string") return arc;
    let x = 0;
    let y = 0;
    let last: [number, number] | undefined;
    let text = "";
    arc.forEach(([dx = 0, dy = 0], i) => {
      x += dx;
      y += dy;
      const q: [number, number] = [Math.round(x / coarser), Math.round(y / coarser)];
      // Ends stay, or arcs would no longer meet.
      if (last && q[0] === last[0] && q[1] === last[1] && i < arc.length - 1) return;
      text += write(q[0] - (last?.[0] ?? 0)) + write(q[1] - (last?.[1] ?? 0));
      last = q;
    });
    return text;
  });
  return {
    type: "Topology",
    transform: { scale: [transform.scale[0] * coarser, transform.scale[1] * coarser], translate: transform.translate },
    objects: Object.fromEntries(Object.entries(objects).map(([name, object]) => [name, packObject(object)])),
    arcs: packed,
  };
}
