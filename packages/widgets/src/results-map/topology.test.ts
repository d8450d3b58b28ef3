import { describe, expect, it } from "vitest";
import { kreisAgsOf, loadMunicipalityRegister } from "@kfd/geodata";
import kreise from "@kfd/geodata/bw-kreise.topo.json" with { type: "json" };
import { fitProjection } from "./projection.js";
import { pathOf, readRegion, type Topology } from "./topology.js";

const region = readRegion(kreise as unknown as Topology);

/** Even–odd ray casting over every ring of every polygon (holes count as outside). */
function contains(polygons: Array<Array<Array<[number, number]>>>, [x, y]: [number, number]): boolean {
  let inside = false;
  for (const ring of polygons.flat()) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

describe("readRegion", () => {
  it("reads the 44 Kreise with their properties and closed rings", () => {
    expect(region.areas).toHaveLength(44);
    expect(new Set(region.areas.map((a) => a.ags)).size).toBe(44);
    expect(region.areas.find((a) => a.ags === "08111")).toMatchObject({ name: "Stuttgart", kind: "stadt" });
    for (const ring of region.areas.flatMap((a) => a.polygons.flat())) {
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring[0]).toEqual(ring[ring.length - 1]);
    }
  });

  it("decodes the quantized arcs to where the Gemeinden are: every one lies in its own Kreis", () => {
    const byAgs = new Map(region.areas.map((a) => [a.ags, a]));
    const misplaced = loadMunicipalityRegister()
      .filter((m) => m.kind !== "landkreis")
      .filter((m) => !contains(byAgs.get(kreisAgsOf(m.ags))!.polygons, [m.lon, m.lat]));
    expect(misplaced).toEqual([]);
  });

  it("spans the extent of the file's bbox (to the quantization grid), and the outline encloses the state", () => {
    const [west, south, east, north] = region.extent!;
    const bbox = (kreise as unknown as { bbox: number[] }).bbox;
    expect(west).toBeCloseTo(bbox[0]!, 2);
    expect(south).toBeCloseTo(bbox[1]!, 2);
    expect(east).toBeCloseTo(bbox[2]!, 2);
    expect(north).toBeCloseTo(bbox[3]!, 2);
    expect(contains(region.outline, [9.18, 48.78])).toBe(true);
    expect(contains(region.outline, [11.58, 48.14])).toBe(false); // München
  });
});

describe("pathOf", () => {
  it("draws one closed subpath per ring within the projected frame", () => {
    const projection = fitProjection(region.extent!);
    const stuttgart = region.areas.find((a) => a.ags === "08111")!;
    const d = pathOf(stuttgart.polygons, projection.project);
    expect(d.match(/M/g)).toHaveLength(stuttgart.polygons.flat().length);
    expect(d.endsWith("Z")).toBe(true);
    const numbers = d.match(/-?[\d.]+/g)!.map(Number);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(Math.max(projection.width, projection.height));
  });
});
