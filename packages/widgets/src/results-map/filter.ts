import type { MapFeature, Phase } from "@kfd/domain";

export type MapFeatureProperties = MapFeature["properties"];

/** The choice in the filter selects; "" means "all". */
export interface MapFilter {
  topic: string;
  phase: string;
  year: string;
}

export const NO_FILTER: MapFilter = { topic: "", phase: "", year: "" };

// The domain's order; listed here so the widget bundle does not pull in the domain's schemas.
export const PHASE_ORDER: readonly Phase[] = ["preparation", "execution", "implementation", "completed"];
export const KIND_ORDER = ["gemeinde", "stadt", "landkreis"] as const;

export function applyFilter(features: readonly MapFeature[], filter: MapFilter): MapFeature[] {
  return features.filter(({ properties: p }) => {
    if (filter.topic && !p.topics.includes(filter.topic)) return false;
    if (filter.phase && p.phase !== filter.phase) return false;
    if (filter.year && String(p.year ?? "") !== filter.year) return false;
    return true;
  });
}

/** The values the filters offer: only those that occur in the data. */
export function filterOptions(features: readonly MapFeature[]): { topics: string[]; phases: Phase[]; years: number[] } {
  const topics = new Set<string>();
  const phases = new Set<Phase>();
  const years = new Set<number>();
  for (const { properties: p } of features) {
    p.topics.forEach((t) => topics.add(t));
    phases.add(p.phase);
    if (p.year !== null) years.add(p.year);
  }
  return {
    topics: [...topics],
    phases: PHASE_ORDER.filter((p) => phases.has(p)),
    years: [...years].sort((a, b) => b - a),
  };
}

export const SORT_KEYS = ["municipality", "kind", "year", "phase", "topics"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  descending: boolean;
}

const collators = new Map<string, Intl.Collator>();
/** Collators are costly to create, and the table is sorted again on every change. */
function collatorOf(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
  return collator;
}

/**
 * The first `limit` dialogues in the table's order. Text columns compare the labels the reader
 * sees (`label`), in the reader's language; phases and kinds follow their natural order; ties go
 * by name, A to Z, then stay in the order given.
 */
export function sortFeatures(features: readonly MapFeature[], sort: Sort, locale: string, topicsLabel: (p: MapFeatureProperties) => string, limit = Infinity): MapFeature[] {
  const collator = collatorOf(locale);
  const byName = (a: MapFeatureProperties, b: MapFeatureProperties) => collator.compare(a.municipality, b.municipality) || collator.compare(a.title, b.title);
  const compare: Record<SortKey, (a: MapFeatureProperties, b: MapFeatureProperties) => number> = {
    municipality: byName,
    kind: (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
    // Dialogues without a year go last either way.
    year: (a, b) => (a.year ?? (sort.descending ? -Infinity : Infinity)) - (b.year ?? (sort.descending ? -Infinity : Infinity)),
    phase: (a, b) => PHASE_ORDER.indexOf(a.phase) - PHASE_ORDER.indexOf(b.phase),
    topics: (a, b) => collator.compare(topicsLabel(a), topicsLabel(b)),
  };
  const direction = sort.descending ? -1 : 1;
  const order = (fa: MapFeature, fb: MapFeature) => direction * compare[sort.key](fa.properties, fb.properties) || byName(fa.properties, fb.properties);
  if (limit >= features.length) return [...features].sort(order);
  // The first rows of a thousand: one comparison for most dialogues instead of a dozen for a full sort.
  const first: MapFeature[] = [];
  for (const feature of features) {
    if (first.length === limit && order(feature, first[limit - 1]!) >= 0) continue;
    let low = 0;
    let high = first.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (order(feature, first[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    first.splice(low, 0, feature);
    if (first.length > limit) first.pop();
  }
  return first;
}
