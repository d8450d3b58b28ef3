import { deriveProgrammeStats, type ActorGroup, type Locale, type ProgrammeStats, type Topic } from "@kfd/domain";
import { sql } from "kysely";
import type { KfdDatabase } from "../database.js";
import { fromJson, toCount } from "../shared/columns.js";

/**
 * Gathers anonymous counts over all published dialogues for deriveProgrammeStats(): no query
 * here selects a name, an e-mail or a free text, so erased and live registrations count alike.
 */
export async function loadProgrammeStats(db: KfdDatabase, now: Date, today = now.toISOString().slice(0, 10)): Promise<ProgrammeStats> {
  const k = db.kysely;
  const dialogues = await k
    .selectFrom("dialogues as d")
    .innerJoin("municipalities as m", "m.ags", "d.municipality_ags")
    .select(["d.id", "d.municipality_ags", "m.kind", "d.phase", "d.topics", "d.held_on", "d.created_at", "d.participant_count"])
    .where("d.published", "=", 1)
    .execute();
  const events = await k
    .selectFrom("events as e")
    .innerJoin("dialogues as d", "d.id", "e.dialogue_id")
    .select(["e.dialogue_id", "e.status", "e.format", "e.capacity", "e.starts_at", "e.confirmed_count", "e.confirmed_by_group", "e.waitlist_count"])
    .where("d.published", "=", 1)
    .execute();
  const attendedByDialogue = await k
    .selectFrom("registrations as r")
    .innerJoin("events as e", "e.id", "r.event_id")
    .innerJoin("dialogues as d", "d.id", "e.dialogue_id")
    .select(["e.dialogue_id", sql<number>`count(*)`.as("n")])
    .where("d.published", "=", 1)
    .where("e.status", "<>", "cancelled")
    .where("r.status", "<>", "cancelled")
    .where("r.attended", "=", 1)
    .groupBy("e.dialogue_id")
    .execute();
  const confirmedRegistrations = k
    .selectFrom("registrations as r")
    .innerJoin("events as e", "e.id", "r.event_id")
    .innerJoin("dialogues as d", "d.id", "e.dialogue_id")
    .where("d.published", "=", 1)
    .where("e.status", "<>", "cancelled")
    .where("r.status", "=", "confirmed");
  const byLanguageRows = await confirmedRegistrations.select(["r.language", sql<number>`count(*)`.as("n")]).groupBy("r.language").execute();
  const needs = await confirmedRegistrations
    .select([
      sql<number>`sum(case when r.interpreting is not null then 1 else 0 end)`.as("interpreting"),
      sql<number>`sum(case when r.childcare is not null then 1 else 0 end)`.as("childcare"),
      sql<number>`sum(case when r.accessibility_needed = 1 or (r.accessibility_needs is not null and r.accessibility_needs <> '') then 1 else 0 end)`.as("accessibility"),
    ])
    .executeTakeFirstOrThrow();
  const measures = await k
    .selectFrom("measures as x")
    .innerJoin("dialogues as d", "d.id", "x.dialogue_id")
    .select(["x.status", "x.progress", "x.due_on"])
    .where("d.published", "=", 1)
    .execute();

  const firstStart = new Map<string, number>();
  const confirmedByDialogue = new Map<string, number>();
  const byActorGroup: Partial<Record<ActorGroup, number>> = {};
  let confirmed = 0;
  let waitlisted = 0;
  for (const e of events) {
    const start = Date.parse(e.starts_at);
    firstStart.set(e.dialogue_id, Math.min(firstStart.get(e.dialogue_id) ?? start, start));
    if (e.status === "cancelled") continue;
    confirmed += Number(e.confirmed_count);
    waitlisted += Number(e.waitlist_count);
    confirmedByDialogue.set(e.dialogue_id, (confirmedByDialogue.get(e.dialogue_id) ?? 0) + Number(e.confirmed_count));
    for (const [group, n] of Object.entries(fromJson<Partial<Record<ActorGroup, number>>>(e.confirmed_by_group)) as [ActorGroup, number][]) {
      if (n > 0) byActorGroup[group] = (byActorGroup[group] ?? 0) + n;
    }
  }
  const attended = new Map(attendedByDialogue.map((r) => [r.dialogue_id, toCount(r.n)]));

  return deriveProgrammeStats({
    dialogues: dialogues.map((d) => {
      const year = d.held_on ? Number(d.held_on.slice(0, 4)) : new Date(firstStart.get(d.id) ?? Date.parse(d.created_at)).getUTCFullYear();
      // The same rule as the Steckbrief's participant count: reported, else attended, else confirmed.
      const came = attended.get(d.id) ?? 0;
      const registered = confirmedByDialogue.get(d.id) ?? 0;
      const participants = d.participant_count !== null ? Number(d.participant_count) : came > 0 ? came : registered > 0 ? registered : null;
      return { municipalityAgs: d.municipality_ags, municipalityKind: d.kind, phase: d.phase, topics: fromJson<Topic[]>(d.topics), year, participants };
    }),
    registrations: {
      confirmed,
      waitlisted,
      byActorGroup,
      byLanguage: Object.fromEntries(byLanguageRows.map((r) => [r.language, toCount(r.n)])) as Partial<Record<Locale, number>>,
      needs: { interpreting: toCount(needs.interpreting), childcare: toCount(needs.childcare), accessibility: toCount(needs.accessibility) },
    },
    events: events.map((e) => ({ status: e.status, format: e.format, capacity: Number(e.capacity) })),
    measures: measures.map((m) => ({ status: m.status, progress: Number(m.progress), dueOn: m.due_on })),
    today,
    generatedAt: now.toISOString(),
  });
}
