import { describe, expect, it } from "vitest";
import type { Dialogue } from "../dialogue/dialogue.js";
import type { Measure } from "../measure/measure.js";
import { deriveSteckbrief, steckbriefSchema } from "./steckbrief.js";

const dialogue: Dialogue = {
  id: "d1",
  slug: "ostfildern",
  title: "Erster Flüchtlingsdialog in Ostfildern",
  municipalityAgs: "08116078",
  municipality: { ags: "08116078", name: "Ostfildern", kind: "stadt", location: { lat: 48.7228, lon: 9.2631 } },
  phase: "implementation",
  occasion: "Austausch",
  goals: "",
  method: "world-cafe",
  eventConcept: "",
  topics: [{ slug: "bauen-wohnen", label: "Bauen & Wohnen" }],
  actors: ["ehrenamt", "verwaltung", "gefluechtete"],
  facilitator: "",
  participantCount: undefined,
  heldOn: undefined,
  resultsSummary: "",
  recommendations: "",
  costs: {},
  funding: [],
  contact: { role: "Integrationsbeauftragte", email: "integration@example.org" },
  location: { lat: 48.7, lon: 9.26 },
  locationSensitive: true,
  retentionDays: 30,
  demo: true,
  published: true,
  publishedAt: "2026-01-01T00:00:00Z",
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
};

const measure = (over: Partial<Measure>): Measure => ({
  id: "m",
  dialogueId: "d1",
  title: "Wohnraumbörse",
  description: "",
  topic: "bauen-wohnen",
  responsible: null,
  status: "planned",
  progress: 0,
  dueOn: null,
  resultId: null,
  history: [],
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  ...over,
});

describe("deriveSteckbrief", () => {
  const base = {
    dialogue,
    events: [],
    participation: { confirmed: 12, attended: 9, byActorGroup: { gefluechtete: 6, politik: 2 } },
    results: [{ id: "r1", dialogueId: "d1", kind: "idee" as const, topic: "bauen-wohnen", text: "Patenschaften für Wohnungssuche", createdAt: "2026-01-01T00:00:00Z" }],
    measures: [
      measure({ id: "m1", status: "done", progress: 100, responsible: { kind: "working-group", workingGroupId: "w1" } }),
      measure({ id: "m2", status: "in-progress", progress: 40, responsible: { kind: "role", role: "Ordnungsamt" } }),
    ],
    workingGroups: [{ id: "w1", dialogueId: "d1", name: "Begleitkreis Wohnen", description: "", createdAt: "2026-01-01T00:00:00Z" }],
    today: "2026-11-21",
  };

  it("is a valid Steckbrief by its own schema", () => {
    expect(steckbriefSchema.safeParse(deriveSteckbrief(base)).success).toBe(true);
  });
  it("drops private and sensitive fields of the dialogue", () => {
    const s = deriveSteckbrief(base);
    expect(s.dialogue).not.toHaveProperty("location");
    expect(s.dialogue).not.toHaveProperty("retentionDays");
    expect(s.dialogue).not.toHaveProperty("locationSensitive");
  });
  it("counts people instead of naming them, leaving out groups too small to be anonymous", () => {
    const s = deriveSteckbrief(base);
    expect(s.participants.count).toBe(9);
    expect(s.participants.byActorGroup).toEqual({ gefluechtete: 6 });
  });
  it("prefers the reported participant number", () => {
    expect(deriveSteckbrief({ ...base, dialogue: { ...dialogue, participantCount: 70 } }).participants.count).toBe(70);
  });
  it("summarises results and measures, naming the responsible role or Begleitkreis", () => {
    const s = deriveSteckbrief(base);
    expect(s.results.byKind).toEqual({ situation: 0, handlungsfeld: 0, konfliktfeld: 0, idee: 1 });
    expect(s.measures.overallProgress).toBe(70);
    expect(s.measures.items.map((m) => m.responsible)).toEqual(["Begleitkreis Wohnen", "Ordnungsamt"]);
  });
});
