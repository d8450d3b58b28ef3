import * as z from "zod/mini";
import { actorGroupSchema, type ActorGroup } from "../actor-group/actor-group.js";
import { publicDialogueSchema, toPublicDialogue, type Dialogue } from "../dialogue/dialogue.js";
import { EVENT_FORMATS, EVENT_STATUSES, type Event } from "../event/event.js";
import { MEASURE_STATUSES, type Measure } from "../measure/measure.js";
import { summarizeMeasures } from "../measure/progress.js";
import { RESULT_KINDS, type Result } from "../result/result.js";
import { SMALL_COUNT_THRESHOLD, withoutSmallCounts } from "../shared/small-counts.js";
import type { WorkingGroup } from "../working-group/working-group.js";

const countsBy = <T extends readonly [string, ...string[]]>(keys: T) => z.record(z.enum(keys), z.int());

export const steckbriefSchema = z.object({
  dialogue: publicDialogueSchema,
  participants: z.object({
    /** The reported number (seeds give it), else those who came, else those confirmed. */
    count: z.nullable(z.int()),
    /** Counts per actor group; groups under the small-count threshold are left out. */
    byActorGroup: z.partialRecord(actorGroupSchema, z.int()),
    smallCountThreshold: z.int(),
  }),
  events: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      format: z.enum(EVENT_FORMATS),
      status: z.enum(EVENT_STATUSES),
    }),
  ),
  results: z.object({
    byKind: countsBy(RESULT_KINDS),
    items: z.array(z.object({ kind: z.enum(RESULT_KINDS), topic: z.nullable(z.string()), text: z.string() })),
  }),
  measures: z.object({
    total: z.int(),
    byStatus: countsBy(MEASURE_STATUSES),
    overallProgress: z.int(),
    overdue: z.int(),
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        topic: z.nullable(z.string()),
        status: z.enum(MEASURE_STATUSES),
        progress: z.int(),
        dueOn: z.nullable(z.string()),
        responsible: z.nullable(z.string()),
      }),
    ),
  }),
  workingGroups: z.array(z.object({ name: z.string(), description: z.string() })),
});
export type Steckbrief = z.infer<typeof steckbriefSchema>;

export interface SteckbriefSources {
  dialogue: Dialogue;
  events: readonly Event[];
  /** Anonymous counts only: the Steckbrief never sees a registration. */
  participation: { confirmed: number; attended: number; byActorGroup: Partial<Record<ActorGroup, number>> };
  results: readonly Result[];
  measures: readonly Measure[];
  workingGroups: readonly WorkingGroup[];
  today: string;
}

/** The published profile of a dialogue: public fields only, counts instead of people. */
export function deriveSteckbrief(s: SteckbriefSources): Steckbrief {
  const groupName = new Map(s.workingGroups.map((g) => [g.id, g.name]));
  const byKind = Object.fromEntries(RESULT_KINDS.map((k) => [k, 0])) as Steckbrief["results"]["byKind"];
  for (const r of s.results) byKind[r.kind] += 1;
  const count = s.dialogue.participantCount ?? (s.participation.attended > 0 ? s.participation.attended : s.participation.confirmed > 0 ? s.participation.confirmed : null);
  const { total, byStatus, overallProgress, overdue } = summarizeMeasures(s.measures, s.today);
  return {
    dialogue: toPublicDialogue(s.dialogue),
    participants: {
      count,
      byActorGroup: withoutSmallCounts(s.participation.byActorGroup),
      smallCountThreshold: SMALL_COUNT_THRESHOLD,
    },
    events: s.events.map(({ id, title, startsAt, endsAt, format, status }) => ({ id, title, startsAt, endsAt, format, status })),
    results: { byKind, items: s.results.map((r) => ({ kind: r.kind, topic: r.topic ?? null, text: r.text })) },
    measures: {
      total,
      byStatus,
      overallProgress,
      overdue,
      items: s.measures.map((m) => ({
        id: m.id,
        title: m.title,
        topic: m.topic,
        status: m.status,
        progress: m.progress,
        dueOn: m.dueOn,
        responsible: m.responsible === null ? null : m.responsible.kind === "role" ? m.responsible.role : (groupName.get(m.responsible.workingGroupId) ?? null),
      })),
    },
    workingGroups: s.workingGroups.map(({ name, description }) => ({ name, description })),
  };
}
