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
 * within `distance` (view units). Linear in the number of items, so 1,101 Gemeinden cluster in
 * well under a millisecond.
 */
export function groupByDistance<T>(points: readonly Placed<T>[], distance: number): Group<T>[] {
  const cells = new Map<string, number[]>();
  const cellOf = (x: number, y: number) => `${Math.floor(x / distance)},${Math.floor(y / distance)}`;
  points.forEach((p, i) => {
    const key = cellOf(p.x, p.y);
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  });
  const taken = new Uint8Array(points.length);
  const groups: Group<T>[] = [];
  const limit = distance * distance;
  points.forEach((seed, i) => {
    if (taken[i]) return;
    taken[i] = 1;
    const members = [seed];
    const cx = Math.floor(seed.x / distance);
    const cy = Math.floor(seed.y / distance);
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        for (const j of cells.get(`${gx},${gy}`) ?? []) {
          const p = points[j]!;
          if (taken[j] || (p.x - seed.x) ** 2 + (p.y - seed.y) ** 2 > limit) continue;
          taken[j] = 1;
          members.push(p);
        }
      }
    }
    let sx = 0;
    let sy = 0;
    let span = 0;
    for (const m of members) {
      sx += m.x;
      sy += m.y;
      span = Math.max(span, Math.hypot(m.x - seed.x, m.y - seed.y));
    }
    groups.push({ items: members.map((m) => m.item), x: sx / members.length, y: sy / members.length, span });
  });
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
