import { describe, expect, it } from "vitest";
import { packTopology, readPacked } from "./packed-topology.js";
import { readRegion, type Topology } from "./topology.js";

const square: Topology = {
  type: "Topology",
  transform: { scale: [0.5, 0.25], translate: [8, 48] },
  objects: { kreise: { type: "Polygon", arcs: [[0]], properties: { ags: "08111", name: "Quadrat", kind: "stadt" } } },
  // A closed ring of quantized steps, large and negative ones among them.
  arcs: [[[0, 0], [4000, 0], [0, 37], [-1, 0], [-3999, -37]]],
};

describe("packTopology", () => {
  it("packs arcs so that the reader finds the same rings", () => {
    const packed = packTopology(square);
    expect(typeof packed.arcs[0]).toBe("string");
    expect(packed.objects.kreise).toMatchObject({ type: "MultiPolygon", arcs: expect.any(String) });
    expect(readRegion(packed)).toEqual(readRegion(square));
  });

  it("packs polygons with holes and arcs walked backwards, in collections", () => {
    const nested: Topology = {
      ...square,
      objects: {
        kreise: {
          type: "GeometryCollection",
          geometries: [
            { type: "MultiPolygon", arcs: [[[0], [~1]], [[2]]], properties: { ags: "08111", name: "Außen" } },
            { type: "Polygon", arcs: [[1]], properties: { ags: "08115", name: "Innen" } },
          ],
        },
      },
      arcs: [
        [[0, 0], [100, 0], [0, 100], [-100, 0], [0, -100]],
        [[20, 20], [0, 10], [10, 0], [0, -10], [-10, 0]],
        [[500, 500], [40, 0], [0, 40], [-40, -40]],
      ],
    };
    const region = readRegion(packTopology(nested));
    expect(region).toEqual(readRegion(nested));
    expect(region.areas[0]!.polygons.map((p) => p.length)).toEqual([2, 1]);
  });

  it("writes every step as a varint the reader reads back, signs and large numbers included", () => {
    const numbers = [0, 1, -1, 15, -16, 16, 31, -32, 1000, -1000, 123456, -654321];
    const packed = packTopology({ ...square, arcs: [numbers.map((n) => [n, -n])] }).arcs[0] as string;
    let x = 0;
    let y = 0;
    const absolute = numbers.map((n) => [(x += n), (y -= n)]);
    const read = readPacked(packed);
    let rx = 0;
    let ry = 0;
    expect(absolute).toEqual(numbers.map((_, i) => [(rx += read[2 * i]!), (ry += read[2 * i + 1]!)]));
  });

  it("coarsens the grid, keeping the ends of each arc and dropping points that coincide", () => {
    const packed = packTopology(square, 4);
    expect(packed.transform!.scale).toEqual([2, 1]);
    const [ring] = readRegion(packed).areas[0]!.polygons[0]!;
    // (4000, 37) and (3999, 37) fall on one point of the coarser grid.
    expect(ring).toEqual([[8, 48], [2008, 48], [2008, 57], [8, 48]]);
  });
});
