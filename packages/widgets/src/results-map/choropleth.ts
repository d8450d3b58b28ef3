import type { MapFeature } from "@kfd/domain";

/** The Kreis of a municipality: the first five digits of its AGS (a Landkreis's own AGS has five). */
export const kreisOf = (ags: string): string => ags.slice(0, 5);

export function countByKreis(features: readonly MapFeature[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of features) {
    const kreis = kreisOf(f.properties.ags);
    counts.set(kreis, (counts.get(kreis) ?? 0) + 1);
  }
  return counts;
}

/** A class of the choropleth: counts from `from` to `to`, drawn in shade `shade` (0 = none). */
export interface Step {
  from: number;
  to: number;
  shade: number;
}

/**
 * Up to four equal-width steps from 1 to the largest count, plus "none": easy to read in the
 * legend ("1–3, 4–6, …") and stable while filters change the numbers.
 */
export function stepsFor(max: number, shades = 4): Step[] {
  const steps: Step[] = [{ from: 0, to: 0, shade: 0 }];
  if (max < 1) return steps;
  const width = Math.ceil(max / shades);
  for (let from = 1, shade = 1; from <= max; from += width, shade++) steps.push({ from, to: Math.min(max, from + width - 1), shade });
  return steps;
}

export function shadeOf(count: number, steps: readonly Step[]): number {
  return steps.find((s) => count >= s.from && count <= s.to)?.shade ?? 0;
}
