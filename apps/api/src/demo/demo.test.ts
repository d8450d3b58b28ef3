import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  findPublicEvent,
  listDialogues,
  listEvents,
  listMapFeatures,
  listMeasures,
  listResults,
  migrateToLatest,
  openDatabase,
  register,
  type KfdDatabase,
} from "@kfd/db";
import { registrationInputSchema, type Dialogue } from "@kfd/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRIAL_DIALOGUE } from "./demo-trial-dialogue.js";
import { isDatabaseEmpty, loadDemoData, type DemoSummary } from "./index.js";

const ISSUE_TOWNS = [
  "Schwäbisch Gmünd",
  "Ostfildern",
  "Tübingen",
  "Ulm",
  "Weinheim",
  "Nürtingen",
  "Baden-Baden",
  "Eppingen",
  "Denzlingen",
  "Uhldingen-Mühlhofen",
  "Landkreis Freudenstadt",
  "Rems-Murr-Kreis",
];
const SEED_PERSONS = /\b(Babou|Sohna|Gisela|Erler|Gudrun|Heute-Bluhm|Renkamp|Richard|Arnold|Hannes|Wezel|Brettschneider|Lena|Reiner|Kretschmann|Leibinger|Merkel)\b/u;

const now = new Date("2026-05-04T08:00:00Z");
let dir: string;
let db: KfdDatabase;
let summary: DemoSummary;
let dialogues: Dialogue[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kfd-demo-"));
  db = openDatabase(`file:${join(dir, "kfd.sqlite")}`);
  await migrateToLatest(db);
  expect(await isDatabaseEmpty(db)).toBe(true);
  summary = await loadDemoData(db, now);
  dialogues = await listDialogues(db, { publishedOnly: false });
});

afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("loadDemoData into an empty database", () => {
  it("reports what it loaded, matching what is stored", () => {
    expect(summary.loaded).toBe(true);
    expect(summary.dialogues).toBe(dialogues.length);
    expect(new Set(dialogues.map((d) => d.municipality.ags)).size).toBe(summary.municipalities);
    expect(summary.demoEventId).not.toBeNull();
    expect(summary.fullEventId).not.toBeNull();
  });

  it("holds a dialogue for every town the issue lists, two in Schwäbisch Gmünd", () => {
    const names = dialogues.map((d) => d.municipality.name);
    for (const town of ISSUE_TOWNS) expect(names, town).toContain(town);
    const gmuend = dialogues.filter((d) => d.municipality.name === "Schwäbisch Gmünd");
    expect(gmuend.map((d) => d.method).sort()).toEqual(["andere", "frauendialog"]);
    expect(gmuend.find((d) => d.method === "frauendialog")).toMatchObject({ participantCount: 100, heldOn: "2016-03-08" });
  });

  it("marks every dialogue as demo data and publishes it", async () => {
    for (const d of dialogues) {
      expect(d.demo, d.slug).toBe(true);
      expect(d.published, d.slug).toBe(true);
    }
    expect(await listDialogues(db, { publishedOnly: true })).toHaveLength(dialogues.length);
  });

  it("places every municipality inside Baden-Württemberg", () => {
    for (const { municipality: m } of dialogues) {
      expect(m.location.lat, m.name).toBeGreaterThan(47.5);
      expect(m.location.lat, m.name).toBeLessThan(49.8);
      expect(m.location.lon, m.name).toBeGreaterThan(7.5);
      expect(m.location.lon, m.name).toBeLessThan(10.5);
    }
  });

  it("shows every dialogue on the map, at its town's point", async () => {
    const features = (await listMapFeatures(db)).features;
    expect(features).toHaveLength(dialogues.length);
    for (const f of features) {
      const d = dialogues.find((x) => x.id === f.id)!;
      expect(f.geometry.coordinates).toEqual([d.municipality.location.lon, d.municipality.location.lat]);
      expect(f.properties.demo).toBe(true);
    }
  });

  it("offers an upcoming, small event with waitlist, interpreting, childcare and a quota", async () => {
    const event = await findPublicEvent(db, summary.demoEventId!);
    expect(Date.parse(event!.startsAt)).toBeGreaterThan(now.getTime());
    expect(event).toMatchObject({
      capacity: 12,
      waitlist: true,
      seatsLeft: 12,
      childcare: true,
      interpretingLanguages: ["ar", "fa"],
      quotas: { gefluechtete: 4 },
      dialogueSlug: TRIAL_DIALOGUE.slug,
    });
    expect(event!.accessibility.stepFree).toBe(true);
  });

  it("has a two-seat event without waitlist that turns the third person away", async () => {
    const person = (n: number) => registrationInputSchema.parse({ name: `Test ${n}`, email: `test${n}@example.org`, consent: true });
    const outcomes = [];
    for (const n of [1, 2, 3]) outcomes.push(await register(db, summary.fullEventId!, person(n), now));
    expect(outcomes.map((o) => o.kind)).toEqual(["registered", "registered", "refused"]);
    expect(outcomes[2]).toEqual({ kind: "refused", reason: "full" });
  });

  it("keeps events, results and measures to the trial dialogue; the real towns get none invented", async () => {
    for (const d of dialogues) {
      const [events, results, measures] = await Promise.all([listEvents(db, d.id), listResults(db, d.id), listMeasures(db, d.id)]);
      expect(results, d.slug).toEqual([]);
      expect(d.resultsSummary, d.slug).toBe("");
      if (d.slug === TRIAL_DIALOGUE.slug) {
        expect(events).toHaveLength(2);
        expect(measures.length).toBeGreaterThan(0);
        expect(d.phase).toBe("execution");
      } else {
        expect(events, d.slug).toEqual([]);
        expect(measures, d.slug).toEqual([]);
        expect(["completed", "implementation"]).toContain(d.phase);
      }
    }
  });

  it("stores no person named in the seeds, in contacts or anywhere else", () => {
    for (const d of dialogues) {
      expect(JSON.stringify(d.contact ?? {}), d.slug).not.toMatch(SEED_PERSONS);
      expect(JSON.stringify(d), d.slug).not.toMatch(SEED_PERSONS);
    }
  });

  it("writes nothing the second time and still points at the trial events", async () => {
    const again = await loadDemoData(db, new Date(now.getTime() + 86_400_000));
    expect(again).toMatchObject({ loaded: false, dialogues: 0, events: 0, demoEventId: summary.demoEventId, fullEventId: summary.fullEventId });
    const after = await listDialogues(db, { publishedOnly: false });
    expect(after.map((d) => d.id).sort()).toEqual(dialogues.map((d) => d.id).sort());
    expect(await listEvents(db, dialogues.find((d) => d.slug === TRIAL_DIALOGUE.slug)!.id)).toHaveLength(2);
  });
});
