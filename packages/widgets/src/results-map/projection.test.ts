import { describe, expect, it } from "vitest";
import { extentOfPoints, fitProjection, mercatorY, unionExtent } from "./projection.js";

const BW = [7.51, 47.53, 10.5, 49.79] as const;

describe("fitProjection", () => {
  it("fits the extent into the width, with a margin, north up", () => {
    const p = fitProjection(BW, 1000);
    const [x0, y0] = p.project(BW[0], BW[3]);
    const [x1, y1] = p.project(BW[2], BW[1]);
    expect(x0).toBeGreaterThan(0);
    expect(y0).toBeGreaterThan(0);
    expect(x1).toBeLessThan(1000);
    expect(y1).toBeLessThan(p.height);
    expect(y1).toBeGreaterThan(y0);
    expect(x0).toBeCloseTo(1000 - x1, 6);
    expect(y0).toBeCloseTo(p.height - y1, 6);
  });

  it("is Web Mercator: a degree of latitude is longer than a degree of longitude by 1/cos φ", () => {
    const p = fitProjection(BW, 1000);
    const [xa, ya] = p.project(9, 48.6);
    const [xb] = p.project(9.01, 48.6);
    const [, yb] = p.project(9, 48.61);
    expect((ya - yb) / (xb - xa)).toBeCloseTo(1 / Math.cos((48.605 * Math.PI) / 180), 3);
  });

  it("clamps the poles instead of running off to infinity", () => {
    expect(Number.isFinite(mercatorY(90))).toBe(true);
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
  });
});

describe("extents", () => {
  it("hold every point, and the union holds both", () => {
    expect(extentOfPoints([[9, 48], [10, 47.5], [8, 49]])).toEqual([8, 47.5, 10, 49]);
    expect(extentOfPoints([])).toBeUndefined();
    expect(unionExtent([8, 47, 9, 48], [13, 52, 13.5, 52.6])).toEqual([8, 47, 13.5, 52.6]);
    expect(unionExtent(undefined, [8, 47, 9, 48])).toEqual([8, 47, 9, 48]);
  });
});
