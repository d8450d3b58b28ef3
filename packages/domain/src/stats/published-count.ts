import * as z from "zod/mini";
import { SMALL_COUNT_THRESHOLD } from "../shared/small-counts.js";

/** How a count of people below the threshold is published: it says there were some, not how many. */
export const BELOW_THRESHOLD = `< ${SMALL_COUNT_THRESHOLD}` as const;

/**
 * Marks a cell hidden only so that a hidden small cell cannot be worked out by subtracting
 * the others from the total (secondary suppression, as statistics offices do it).
 */
export const SUPPRESSED = "suppressed" as const;

export const publishedCountSchema = z.union([z.int(), z.literal(BELOW_THRESHOLD), z.literal(SUPPRESSED)]);
export type PublishedCount = z.infer<typeof publishedCountSchema>;

/** A count of people as it may be published: 0, the exact number from the threshold on, else "< 5". */
export function publishCount(n: number, threshold = SMALL_COUNT_THRESHOLD): PublishedCount {
  return n > 0 && n < threshold ? BELOW_THRESHOLD : n;
}

/**
 * Publishes the cells of a breakdown whose total is published too. Small cells become "< 5";
 * if that leaves exactly one hidden cell, the smallest other non-zero cell is hidden as well,
 * because total minus the shown cells would otherwise give the hidden one exactly.
 */
export function publishBreakdown<K extends string>(counts: Partial<Record<K, number>>, threshold = SMALL_COUNT_THRESHOLD): Partial<Record<K, PublishedCount>> {
  const entries = (Object.entries(counts) as [K, number | undefined][]).filter((e): e is [K, number] => e[1] !== undefined);
  const out: Partial<Record<K, PublishedCount>> = {};
  for (const [key, n] of entries) out[key] = publishCount(n, threshold);
  const hidden = entries.filter(([key]) => out[key] === BELOW_THRESHOLD);
  if (hidden.length === 1) {
    const smallestShown = entries.filter(([key, n]) => n > 0 && typeof out[key] === "number").sort((a, b) => a[1] - b[1])[0];
    if (smallestShown) out[smallestShown[0]] = SUPPRESSED;
  }
  return out;
}
