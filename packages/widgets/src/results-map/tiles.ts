import type { Projection } from "./projection.js";

export interface Tile {
  href: string;
  /** Top-left corner and side in view units. */
  x: number;
  y: number;
  size: number;
}

const TILE_PIXELS = 256;
const MAX_TILE_ZOOM = 19;

/**
 * The Web Mercator tiles (`{z}/{x}/{y}`) that cover `view`, at the zoom level whose tiles are
 * closest to 256 CSS pixels wide on a map `widthPx` wide.
 */
export function tilesFor(template: string, projection: Projection, view: { x: number; y: number; width: number }, widthPx: number): Tile[] {
  const pixelsPerWorld = (widthPx / view.width) * projection.scale;
  const z = Math.max(0, Math.min(MAX_TILE_ZOOM, Math.round(Math.log2(pixelsPerWorld / TILE_PIXELS))));
  const n = 2 ** z;
  const [ox, oy] = projection.origin;
  const toWorld = (units: number, origin: number) => origin + units / projection.scale;
  const range = (from: number, to: number) => {
    const first = Math.max(0, Math.floor(from * n));
    const last = Math.min(n - 1, Math.floor(to * n));
    return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  };
  const height = view.width * (projection.height / projection.width);
  const columns = range(toWorld(view.x, ox), toWorld(view.x + view.width, ox));
  const rows = range(toWorld(view.y, oy), toWorld(view.y + height, oy));
  const size = projection.scale / n;
  return rows.flatMap((row) =>
    columns.map((column) => ({
      href: template.replace("{z}", String(z)).replace("{x}", String(column)).replace("{y}", String(row)),
      x: (column / n - ox) * projection.scale,
      y: (row / n - oy) * projection.scale,
      size,
    })),
  );
}
