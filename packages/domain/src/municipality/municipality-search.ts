import * as z from "zod/mini";
import { MUNICIPALITY_KINDS, agsSchema, type Municipality } from "./municipality.js";

/** As many municipalities as one account may be given, so that an editor's whole list fits one answer. */
export const MUNICIPALITY_SEARCH_MAX = 500;

/** Query string of GET /v1/municipalities: a name or the start of an AGS, and how many answers. */
export const municipalitySearchQuerySchema = z.object({
  q: z.optional(z.string().check(z.trim(), z.maxLength(100, "must be at most 100 characters"))),
  limit: z.optional(
    z.pipe(
      z.pipe(z.string().check(z.regex(/^\d{1,3}$/, "must be a whole number")), z.transform(Number)),
      z.number().check(z.gte(1, `must be between 1 and ${MUNICIPALITY_SEARCH_MAX}`), z.lte(MUNICIPALITY_SEARCH_MAX, `must be between 1 and ${MUNICIPALITY_SEARCH_MAX}`)),
    ),
  ),
});

/** A municipality as a picker shows it: enough to tell Stadt Tübingen from Landkreis Tübingen. */
export const municipalitySummarySchema = z.object({
  ags: agsSchema,
  name: z.string(),
  kind: z.enum(MUNICIPALITY_KINDS),
});
export type MunicipalitySummary = z.infer<typeof municipalitySummarySchema>;

export const municipalitySearchResultsSchema = z.array(municipalitySummarySchema);

/**
 * What people type and what the register says, made comparable: case, umlauts written as
 * "ü", "ue" or "u", ß, hyphens and spaces all stop mattering ("tubingen" finds Tübingen,
 * "Schwabisch-Gmund" finds Schwäbisch Gmünd).
 */
export function searchKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/([aou])e/g, "$1")
    .replace(/[\s\-‐–—.,/()]+/g, " ")
    .trim();
}

const KIND_ORDER: Record<Municipality["kind"], number> = { stadt: 0, gemeinde: 0, landkreis: 1 };

/** 0 exact, 1 name starts with it, 2 a word of the name starts with it, 3 somewhere inside; null no match. */
function nameRank(name: string, key: string): number | null {
  const candidate = searchKey(name);
  if (candidate === key) return 0;
  if (candidate.startsWith(key)) return 1;
  if (candidate.split(" ").some((word) => word.startsWith(key))) return 2;
  return candidate.includes(key) ? 3 : null;
}

/**
 * The municipalities matching a name or the start of an AGS, best first: exact before prefix
 * before anywhere inside, a Gemeinde before the Landkreis of the same name, then alphabetical.
 * An empty query matches all, alphabetically.
 */
export function rankMunicipalities<M extends Pick<Municipality, "ags" | "name" | "kind">>(candidates: readonly M[], query: string, limit: number): M[] {
  const q = query.trim();
  const byName = (a: M, b: M) => a.name.localeCompare(b.name, "de") || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.ags.localeCompare(b.ags);
  if (q === "") return [...candidates].sort(byName).slice(0, limit);
  if (/^\d+$/.test(q)) {
    return candidates
      .filter((m) => m.ags.startsWith(q))
      .sort((a, b) => Number(b.ags === q) - Number(a.ags === q) || a.ags.localeCompare(b.ags))
      .slice(0, limit);
  }
  const key = searchKey(q);
  if (key === "") return [];
  const ranked: { m: M; rank: number }[] = [];
  for (const m of candidates) {
    const rank = nameRank(m.name, key);
    if (rank !== null) ranked.push({ m, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || byName(a.m, b.m))
    .slice(0, limit)
    .map((r) => r.m);
}
