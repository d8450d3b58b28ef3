import * as z from "zod/mini";
import { ACTOR_GROUPS, type ActorGroup } from "../actor-group/actor-groups.js";
import { PHASES, type Phase } from "../dialogue/phase.js";
import { EVENT_FORMATS, type EventFormat, type EventStatus } from "../event/event.js";
import { LOCALES, type Locale } from "../locale/locale-codes.js";
import { MEASURE_STATUSES, type Measure } from "../measure/measure.js";
import { summarizeMeasures } from "../measure/progress.js";
import { MUNICIPALITY_KINDS, type MunicipalityKind } from "../municipality/municipality.js";
import { instant } from "../shared/fields.js";
import { SMALL_COUNT_THRESHOLD } from "../shared/small-counts.js";
import { publishBreakdown, publishCount, publishedCountSchema } from "./published-count.js";

/** Registrations that named no actor group: a cell of its own, so the groups add up to the total. */
export const UNSPECIFIED_GROUP = "unspecified" as const;
export const PARTICIPANT_GROUPS = [...ACTOR_GROUPS, UNSPECIFIED_GROUP] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];

const countsOf = <T extends readonly [string, ...string[]]>(keys: T) => z.record(z.enum(keys), z.int());

/**
 * The programme's reach across all published dialogues, for the state level and open data.
 * Counts of people are published through publishCount/publishBreakdown ("< 5"); counts of
 * dialogues, events and measures are about public things and are exact.
 */
export const programmeStatsSchema = z.object({
  generatedAt: instant,
  smallCountThreshold: z.int(),
  dialogues: z.object({
    total: z.int(),
    municipalities: z.int(),
    byMunicipalityKind: countsOf(MUNICIPALITY_KINDS),
    byPhase: countsOf(PHASES),
    byTopic: z.array(z.object({ slug: z.string(), label: z.string(), count: z.int() })),
    /** By the year the dialogue was held (else its first event, else when it was entered). */
    byYear: z.record(z.string(), z.int()),
  }),
  participants: z.object({
    /** Sum of the participant counts the Steckbriefe show (reported, else attended, else confirmed). */
    reported: publishedCountSchema,
    /** Confirmed registrations of events that were not cancelled; the breakdowns below add up to it. */
    registered: publishedCountSchema,
    byActorGroup: z.partialRecord(z.enum(PARTICIPANT_GROUPS), publishedCountSchema),
    byLanguage: z.partialRecord(z.enum(LOCALES), publishedCountSchema),
    needs: z.object({ interpreting: publishedCountSchema, childcare: publishedCountSchema, accessibility: publishedCountSchema }),
  }),
  measures: z.object({
    total: z.int(),
    byStatus: countsOf(MEASURE_STATUSES),
    overallProgress: z.int(),
    overdue: z.int(),
  }),
  events: z.object({
    total: z.int(),
    cancelled: z.int(),
    byFormat: countsOf(EVENT_FORMATS),
    /** Seats offered by events that were not cancelled. */
    seats: z.int(),
    seatsTaken: publishedCountSchema,
    waitlisted: publishedCountSchema,
  }),
});
export type ProgrammeStats = z.infer<typeof programmeStatsSchema>;

export interface ProgrammeStatsSources {
  dialogues: readonly {
    municipalityAgs: string;
    municipalityKind: MunicipalityKind;
    phase: Phase;
    topics: readonly { slug: string; label: string }[];
    year: number;
    participants: number | null;
  }[];
  /** Anonymous counts over confirmed registrations of events that were not cancelled. */
  registrations: {
    confirmed: number;
    waitlisted: number;
    byActorGroup: Partial<Record<ActorGroup, number>>;
    byLanguage: Partial<Record<Locale, number>>;
    needs: { interpreting: number; childcare: number; accessibility: number };
  };
  events: readonly { status: EventStatus; format: EventFormat; capacity: number }[];
  measures: readonly Pick<Measure, "status" | "progress" | "dueOn">[];
  today: string;
  generatedAt: string;
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function deriveProgrammeStats(s: ProgrammeStatsSources): ProgrammeStats {
  const byMunicipalityKind = zeroes(MUNICIPALITY_KINDS);
  const byPhase = zeroes(PHASES);
  const byYear: Record<string, number> = {};
  const topics = new Map<string, { slug: string; label: string; count: number }>();
  let reported = 0;
  for (const d of s.dialogues) {
    byMunicipalityKind[d.municipalityKind] += 1;
    byPhase[d.phase] += 1;
    byYear[String(d.year)] = (byYear[String(d.year)] ?? 0) + 1;
    for (const t of d.topics) {
      const entry = topics.get(t.slug) ?? { slug: t.slug, label: t.label, count: 0 };
      entry.count += 1;
      topics.set(t.slug, entry);
    }
    reported += d.participants ?? 0;
  }

  const r = s.registrations;
  const named = Object.values(r.byActorGroup).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  const groups: Partial<Record<ParticipantGroup, number>> = { ...r.byActorGroup };
  if (r.confirmed - named > 0) groups[UNSPECIFIED_GROUP] = r.confirmed - named;

  const byFormat = zeroes(EVENT_FORMATS);
  let seats = 0;
  let cancelled = 0;
  for (const e of s.events) {
    byFormat[e.format] += 1;
    if (e.status === "cancelled") cancelled += 1;
    else seats += e.capacity;
  }
  const { total, byStatus, overallProgress, overdue } = summarizeMeasures(s.measures, s.today);

  return {
    generatedAt: s.generatedAt,
    smallCountThreshold: SMALL_COUNT_THRESHOLD,
    dialogues: {
      total: s.dialogues.length,
      municipalities: new Set(s.dialogues.map((d) => d.municipalityAgs)).size,
      byMunicipalityKind,
      byPhase,
      byTopic: [...topics.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "de")),
      byYear: Object.fromEntries(Object.entries(byYear).sort(([a], [b]) => a.localeCompare(b))),
    },
    participants: {
      reported: publishCount(reported),
      registered: publishCount(r.confirmed),
      byActorGroup: publishBreakdown(groups),
      byLanguage: publishBreakdown(r.byLanguage),
      needs: { interpreting: publishCount(r.needs.interpreting), childcare: publishCount(r.needs.childcare), accessibility: publishCount(r.needs.accessibility) },
    },
    measures: { total, byStatus, overallProgress, overdue },
    events: { total: s.events.length, cancelled, byFormat, seats, seatsTaken: publishCount(r.confirmed), waitlisted: publishCount(r.waitlisted) },
  };
}

/**
 * The figures as flat rows (section, key, value) — one table for a CSV download or a
 * spreadsheet; values keep their suppression marks.
 */
export function programmeStatsRows(stats: ProgrammeStats): { section: string; key: string; value: string | number }[] {
  const rows: { section: string; key: string; value: string | number }[] = [];
  const add = (section: string, values: Record<string, string | number | undefined>) => {
    for (const [key, value] of Object.entries(values)) if (value !== undefined) rows.push({ section, key, value });
  };
  add("dialogues", { total: stats.dialogues.total, municipalities: stats.dialogues.municipalities });
  add("dialogues.byMunicipalityKind", stats.dialogues.byMunicipalityKind);
  add("dialogues.byPhase", stats.dialogues.byPhase);
  add("dialogues.byTopic", Object.fromEntries(stats.dialogues.byTopic.map((t) => [t.slug, t.count])));
  add("dialogues.byYear", stats.dialogues.byYear);
  add("participants", { reported: stats.participants.reported, registered: stats.participants.registered });
  add("participants.byActorGroup", stats.participants.byActorGroup);
  add("participants.byLanguage", stats.participants.byLanguage);
  add("participants.needs", stats.participants.needs);
  add("measures", { total: stats.measures.total, overallProgress: stats.measures.overallProgress, overdue: stats.measures.overdue });
  add("measures.byStatus", stats.measures.byStatus);
  add("events", { total: stats.events.total, cancelled: stats.events.cancelled, seats: stats.events.seats, seatsTaken: stats.events.seatsTaken, waitlisted: stats.events.waitlisted });
  add("events.byFormat", stats.events.byFormat);
  return rows;
}
