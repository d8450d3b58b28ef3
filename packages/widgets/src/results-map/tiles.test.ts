import { describe, expect, it } from "vitest";
import { fitProjection } from "./projection.js";
import { tilesFor } from "./tiles.js";

const projection = fitProjection([7.51, 47.53, 10.5, 49.79], 1000);

/** The usual slippy-map tile of a point. */
function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const phi = (lat * Math.PI) / 180;
  return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * n)];
}

describe("tilesFor", () => {
  it("covers the view with tiles about 256 px wide, and places each where its corner projects", () => {
    const tiles = tilesFor("https://t.example/{z}/{x}/{y}.png", projection, { x: 0, y: 0, width: 1000 }, 600);
    const z = Number(/\/(\d+)\//.exec(tiles[0]!.href)![1]);
    const pixels = (tiles[0]!.size * 600) / 1000;
    expect(pixels).toBeGreaterThan(256 / Math.SQRT2);
    expect(pixels).toBeLessThan(256 * Math.SQRT2);
    const [column, row] = tileOf(9.169, 48.7773, z);
    const stuttgart = tiles.find((t) => t.href === `https://t.example/${z}/${column}/${row}.png`)!;
    const [sx, sy] = projection.project(9.169, 48.7773);
    expect(sx).toBeGreaterThanOrEqual(stuttgart.x);
    expect(sx).toBeLessThan(stuttgart.x + stuttgart.size);
    expect(sy).toBeGreaterThanOrEqual(stuttgart.y);
    expect(sy).toBeLessThan(stuttgart.y + stuttgart.size);
    const minX = Math.min(...tiles.map((t) => t.x));
    const maxX = Math.max(...tiles.map((t) => t.x + t.size));
    expect(minX).toBeLessThanOrEqual(0);
    expect(maxX).toBeGreaterThanOrEqual(1000);
  });

  it("asks for the next zoom level when the view is zoomed in twice", () => {
    const zoomOf = (width: number) => Number(/\/(\d+)\//.exec(tilesFor("/{z}/{x}/{y}", projection, { x: 0, y: 0, width }, 600)[0]!.href)![1]);
    expect(zoomOf(500)).toBe(zoomOf(1000) + 1);
  });
});
