import { describe, expect, it } from "vitest";
import { deriveProgrammeStats, programmeStatsRows, programmeStatsSchema, type ProgrammeStatsSources } from "./programme-stats.js";

const sources: ProgrammeStatsSources = {
  dialogues: [
    { municipalityAgs: "08416041", municipalityKind: "stadt", phase: "implementation", topics: [{ slug: "bauen-wohnen", label: "Bauen & Wohnen" }], year: 2016, participants: 80 },
    { municipalityAgs: "08416041", municipalityKind: "stadt", phase: "completed", topics: [{ slug: "bauen-wohnen", label: "Bauen & Wohnen" }, { slug: "sport", label: "Sport" }], year: 2017, participants: null },
    { municipalityAgs: "08425", municipalityKind: "landkreis", phase: "preparation", topics: [], year: 2017, participants: 3 },
  ],
  registrations: {
    confirmed: 30,
    waitlisted: 2,
    byActorGroup: { gefluechtete: 12, buergerschaft: 9, politik: 2 },
    byLanguage: { de: 20, ar: 7, fa: 3 },
    needs: { interpreting: 10, childcare: 1, accessibility: 0 },
  },
  events: [
    { status: "scheduled", format: "in-person", capacity: 40 },
    { status: "cancelled", format: "online", capacity: 100 },
  ],
  measures: [
    { status: "done", progress: 100, dueOn: null },
    { status: "in-progress", progress: 40, dueOn: "2020-01-01" },
    { status: "dropped", progress: 0, dueOn: null },
  ],
  today: "2026-11-21",
  generatedAt: "2026-11-21T10:00:00.000Z",
};

describe("deriveProgrammeStats", () => {
  const stats = deriveProgrammeStats(sources);

  it("counts dialogues by kind of municipality, phase, topic and year", () => {
    expect(stats.dialogues).toMatchObject({ total: 3, municipalities: 2, byMunicipalityKind: { stadt: 2, landkreis: 1, gemeinde: 0 } });
    expect(stats.dialogues.byPhase).toEqual({ preparation: 1, execution: 0, implementation: 1, completed: 1 });
    expect(stats.dialogues.byTopic).toEqual([
      { slug: "bauen-wohnen", label: "Bauen & Wohnen", count: 2 },
      { slug: "sport", label: "Sport", count: 1 },
    ]);
    expect(stats.dialogues.byYear).toEqual({ "2016": 1, "2017": 2 });
  });

  it("suppresses small counts of people, with the unspecified group as a cell of its own", () => {
    // 30 confirmed − 23 named = 7 unspecified; politik 2 is the only small cell, so the next smallest (7) is hidden too.
    expect(stats.participants.byActorGroup).toEqual({ gefluechtete: 12, buergerschaft: 9, politik: "< 5", unspecified: "suppressed" });
    expect(stats.participants.byLanguage).toEqual({ de: 20, ar: "suppressed", fa: "< 5" });
    expect(stats.participants.needs).toEqual({ interpreting: 10, childcare: "< 5", accessibility: 0 });
    expect(stats.participants.reported).toBe(83);
    expect(stats.events.waitlisted).toBe("< 5");
  });

  it("sums seats of events that take place and progress of measures still pursued", () => {
    expect(stats.events).toMatchObject({ total: 2, cancelled: 1, seats: 40, seatsTaken: 30, byFormat: { "in-person": 1, online: 1, hybrid: 0 } });
    expect(stats.measures).toMatchObject({ total: 3, overallProgress: 70, overdue: 1 });
  });

  it("satisfies its own schema and flattens to rows that keep the suppression marks", () => {
    expect(programmeStatsSchema.safeParse(stats).success).toBe(true);
    const rows = programmeStatsRows(stats);
    expect(rows).toContainEqual({ section: "participants.byActorGroup", key: "politik", value: "< 5" });
    expect(rows).toContainEqual({ section: "dialogues.byTopic", key: "bauen-wohnen", value: 2 });
  });
});
