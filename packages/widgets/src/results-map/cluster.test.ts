import { describe, expect, it } from "vitest";
import { groupByDistance, spreadAround } from "./cluster.js";

const at = (item: string, x: number, y: number) => ({ item, x, y });

describe("groupByDistance", () => {
  it("groups items closer than the distance and leaves the others alone", () => {
    const groups = groupByDistance([at("a", 0, 0), at("b", 5, 5), at("c", 100, 100), at("d", 103, 100)], 10);
    expect(groups.map((g) => g.items.sort())).toEqual([["a", "b"], ["c", "d"]]);
    expect(groups[0]).toMatchObject({ x: 2.5, y: 2.5 });
  });

  it("keeps every item exactly once, across grid cells", () => {
    const points = Array.from({ length: 500 }, (_, i) => at(String(i), (i * 37) % 200, (i * 91) % 150));
    const items = groupByDistance(points, 12).flatMap((g) => g.items);
    expect(items.sort()).toEqual(points.map((p) => p.item).sort());
  });

  it("reports a span of zero for items at one point", () => {
    const [group] = groupByDistance([at("a", 7, 7), at("b", 7, 7)], 10);
    expect(group!.span).toBe(0);
  });
});

describe("spreadAround", () => {
  it("places the marks on a ring, at least a mark apart", () => {
    const ring = spreadAround(50, 50, 6, 10);
    expect(ring).toHaveLength(6);
    for (const [x, y] of ring) expect(Math.hypot(x - 50, y - 50)).toBeGreaterThanOrEqual(10);
    for (let i = 1; i < ring.length; i++) expect(Math.hypot(ring[i]![0] - ring[i - 1]![0], ring[i]![1] - ring[i - 1]![1])).toBeGreaterThanOrEqual(10);
  });
});
