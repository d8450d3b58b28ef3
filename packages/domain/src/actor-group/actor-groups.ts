/**
 * Who takes part in a dialogue (seed 001: "Welche Akteure sollten eingebunden sein?").
 * Plain values without a schema, so browser code can use them without loading zod.
 */
export const ACTOR_GROUPS = [
  "gefluechtete",
  "buergerschaft",
  "ehrenamt",
  "verwaltung",
  "politik",
  "verbaende",
  "kirchen",
  "wirtschaft",
  "bildung",
  "andere",
] as const;
export type ActorGroup = (typeof ACTOR_GROUPS)[number];

export const ACTOR_GROUP_LABELS: Record<ActorGroup, string> = {
  gefluechtete: "Geflüchtete",
  buergerschaft: "Bürgerschaft",
  ehrenamt: "Ehrenamt",
  verwaltung: "Verwaltung",
  politik: "Politik",
  verbaende: "Verbände",
  kirchen: "Kirchen",
  wirtschaft: "Wirtschaft",
  bildung: "Bildung",
  andere: "Andere",
};
