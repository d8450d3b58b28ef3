/** West, south, east, north in degrees (the order of a GeoJSON bbox). */
export type Extent = readonly [west: number, south: number, east: number, north: number];

/**
 * Web Mercator fitted to an extent, in "view units": the extent is `width` units wide.
 *
 * Mercator rather than a plain equirectangular projection: it costs one logarithm and lets
 * raster tiles (the `tiles` option) line up with the drawn boundaries and markers.
 */
export interface Projection {
  readonly width: number;
  readonly height: number;
  /** Mercator coordinates (0…1 around the world) of the view's top-left corner and view units per Mercator unit. */
  readonly origin: readonly [x: number, y: number];
  readonly scale: number;
  project(lon: number, lat: number): [x: number, y: number];
}

const LAT_LIMIT = 85.05112878;

export const mercatorX = (lon: number): number => (lon + 180) / 360;

export function mercatorY(lat: number): number {
  const sin = Math.sin((Math.max(-LAT_LIMIT, Math.min(LAT_LIMIT, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

/** `padding` is the share of the extent's larger side left free around it. */
export function fitProjection(extent: Extent, width = 1000, padding = 0.03): Projection {
  const [west, south, east, north] = extent;
  const x0 = mercatorX(west);
  const x1 = mercatorX(east);
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const margin = Math.max(x1 - x0, y1 - y0, 1e-6) * padding;
  const spanX = Math.max(x1 - x0, 1e-6) + 2 * margin;
  const spanY = Math.max(y1 - y0, 1e-6) + 2 * margin;
  const scale = width / spanX;
  const origin = [x0 - margin, y0 - margin] as const;
  return {
    width,
    height: spanY * scale,
    origin,
    scale,
    project: (lon, lat) => [(mercatorX(lon) - origin[0]) * scale, (mercatorY(lat) - origin[1]) * scale],
  };
}

/** The smallest extent holding both (either may be missing). */
export function unionExtent(a: Extent | undefined, b: Extent | undefined): Extent | undefined {
  if (!a || !b) return a ?? b;
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

export function extentOfPoints(points: Iterable<readonly [lon: number, lat: number]>): Extent | undefined {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  // Indexes, not destructuring: on a cold page, destructuring a thousand points costs milliseconds.
  for (const point of points) {
    const lon = point[0];
    const lat = point[1];
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return west <= east ? [west, south, east, north] : undefined;
}
