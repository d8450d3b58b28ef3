/** Below this, a count of people could point at individuals and is not published. */
export const SMALL_COUNT_THRESHOLD = 5;

/** Keeps only counts that are large enough to publish; smaller ones are left out, not rounded. */
export function withoutSmallCounts<K extends string>(counts: Partial<Record<K, number>>, threshold = SMALL_COUNT_THRESHOLD): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const [key, n] of Object.entries(counts) as [K, number | undefined][]) {
    if (n !== undefined && n >= threshold) out[key] = n;
  }
  return out;
}
