/** An item at a position in view units. */
export interface Placed<T> {
  item: T;
  x: number;
  y: number;
}

/** Items that would overlap at the current size, drawn as one mark at their centre. */
export interface Group<T> {
  items: T[];
  x: number;
  y: number;
  /** Largest distance of a member from the first one, in view units: 0 when all share one point. */
  span: number;
}

/**
 * Greedy clustering on a grid: each item not yet taken starts a group and takes every free item
 * within `distance` (view units). Linear in the number of items.
 */
export function groupByDistance<T>(points: readonly Placed<T>[], distance: number): Group<T>[] {
  // Plain loops and cells keyed by a number: on a cold page this code runs before it is compiled.
  const cells = new Map<number, number[]>();
  const cellOf = (gx: number, gy: number) => (gx + 0x8000) * 0x10000 + gy + 0x8000;
  for (let i = 0; i < points.length; i++) {
    const key = cellOf(Math.floor(points[i]!.x / distance), Math.floor(points[i]!.y / distance));
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  }
  const taken = new Uint8Array(points.length);
  const groups: Group<T>[] = [];
  const limit = distance * distance;
  for (let i = 0; i < points.length; i++) {
    if (taken[i]) continue;
    taken[i] = 1;
    const seed = points[i]!;
    const items = [seed.item];
    let sx = seed.x;
    let sy = seed.y;
    let span = 0;
    const cx = Math.floor(seed.x / distance);
    const cy = Math.floor(seed.y / distance);
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        const cell = cells.get(cellOf(gx, gy));
        if (!cell) continue;
        for (const j of cell) {
          const p = points[j]!;
          const d = (p.x - seed.x) * (p.x - seed.x) + (p.y - seed.y) * (p.y - seed.y);
          if (taken[j] || d > limit) continue;
          taken[j] = 1;
          items.push(p.item);
          sx += p.x;
          sy += p.y;
          span = Math.max(span, d);
        }
      }
    }
    groups.push({ items, x: sx / items.length, y: sy / items.length, span: Math.sqrt(span) });
  }
  return groups;
}

/**
 * Positions for `count` marks spread on a ring around a point (for items at one place, e.g.
 * several dialogues of one town, which no zoom can separate). `size` is a mark's diameter.
 */
export function spreadAround(x: number, y: number, count: number, size: number): Array<[number, number]> {
  const radius = Math.max(size, (count * size * 1.25) / (2 * Math.PI));
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
    return [x + radius * Math.cos(angle), y + radius * Math.sin(angle)];
  });
}
