import {
  createEventSchema,
  createMeasureSchema,
  createWorkingGroupSchema,
  dialogueFieldsSchema,
  METHODS,
  municipalitySchema,
  type DialogueFields,
} from "@kfd/domain";
import { describe, expect, it } from "vitest";
import { SEED_DIALOGUES } from "./demo-dialogues.js";
import { fullEvent, trialEvent } from "./demo-events.js";
import { trialMeasures, TRIAL_WORKING_GROUP } from "./demo-measures.js";
import { DEMO_MUNICIPALITIES } from "./demo-municipalities.js";
import { TRIAL_DIALOGUE } from "./demo-trial-dialogue.js";

const now = new Date("2026-05-04T08:00:00Z");
const byName = new Map(DEMO_MUNICIPALITIES.map((m) => [m.name, m]));
const parsed: (DialogueFields & { slug: string })[] = [...SEED_DIALOGUES, TRIAL_DIALOGUE].map((d) => ({ ...dialogueFieldsSchema.parse(d), slug: d.slug }));
const agsOf = (name: string) => byName.get(name as never)?.ags;
const dialoguesIn = (name: string) => parsed.filter((d) => d.municipalityAgs === agsOf(name));

describe("demo municipalities", () => {
  it("are valid, each AGS once, Kreise with 5 digits and towns with 8", () => {
    for (const m of DEMO_MUNICIPALITIES) {
      expect(municipalitySchema.parse(m)).toEqual(m);
      expect(m.ags.length).toBe(m.kind === "landkreis" ? 5 : 8);
      expect(m.ags.startsWith("08")).toBe(true);
    }
    expect(new Set(DEMO_MUNICIPALITIES.map((m) => m.ags)).size).toBe(DEMO_MUNICIPALITIES.length);
  });

  it("lie inside Baden-Württemberg, with at most 4 decimals", () => {
    for (const { location } of DEMO_MUNICIPALITIES) {
      expect(location.lat).toBeGreaterThan(47.5);
      expect(location.lat).toBeLessThan(49.8);
      expect(location.lon).toBeGreaterThan(7.5);
      expect(location.lon).toBeLessThan(10.5);
      expect(Math.round(location.lat * 1e4) / 1e4).toBe(location.lat);
      expect(Math.round(location.lon * 1e4) / 1e4).toBe(location.lon);
    }
  });

  it("are in the Kreis their AGS says (Nürtingen and Ostfildern in Esslingen, Gmünd in the Ostalbkreis)", () => {
    expect(agsOf("Nürtingen")?.slice(0, 5)).toBe("08116");
    expect(agsOf("Ostfildern")?.slice(0, 5)).toBe("08116");
    expect(agsOf("Schwäbisch Gmünd")?.slice(0, 5)).toBe("08136");
    expect(agsOf("Uhldingen-Mühlhofen")?.slice(0, 5)).toBe("08435");
  });
});

describe("seed dialogues", () => {
  it("are valid dialogue fields and every slug is unique", () => {
    expect(new Set(parsed.map((d) => d.slug)).size).toBe(parsed.length);
    for (const d of parsed) expect(METHODS).toContain(d.method);
  });

  it("cover every dialogue the issue lists, in a demo municipality each", () => {
    const towns = ["Schwäbisch Gmünd", "Ostfildern", "Tübingen", "Ulm", "Weinheim", "Nürtingen", "Baden-Baden", "Eppingen", "Denzlingen", "Uhldingen-Mühlhofen", "Landkreis Freudenstadt", "Rems-Murr-Kreis"];
    for (const town of towns) expect(SEED_DIALOGUES.some((d) => d.municipalityAgs === agsOf(town)), town).toBe(true);
    const known = new Set<string>(DEMO_MUNICIPALITIES.map((m) => m.ags));
    for (const d of parsed) expect(known.has(d.municipalityAgs), d.slug).toBe(true);
  });

  it("carry the facts the seeds give: the women's dialogue, participant counts, the Ideenworkshop", () => {
    const frauendialog = dialoguesIn("Schwäbisch Gmünd").find((d) => d.method === "frauendialog");
    expect(frauendialog).toMatchObject({ participantCount: 100, heldOn: "2016-03-08" });
    expect(frauendialog?.occasion).toContain("Weltfrauentag");
    expect(dialoguesIn("Schwäbisch Gmünd")).toHaveLength(2);
    expect(dialoguesIn("Ostfildern")[0]?.participantCount).toBe(70);
    const rossdorf = dialoguesIn("Nürtingen")[0];
    expect(rossdorf?.method).toBe("ideenworkshop");
    expect(rossdorf?.participantCount).toBeUndefined();
    expect(dialoguesIn("Weinheim")[0]?.topics.map((t) => t.slug).sort()).toEqual(["ausbildung-arbeit", "gemeinschaft-nachbarschaft", "infrastruktur-sicherheit"]);
  });

  it("give participant counts and dates only where the seeds do", () => {
    const counted = parsed.filter((d) => d.participantCount !== undefined).map((d) => d.slug).sort();
    expect(counted).toEqual(["ostfildern", "schwaebisch-gmuend-frauendialog"]);
    expect(parsed.filter((d) => d.heldOn !== undefined).map((d) => d.slug)).toEqual(["schwaebisch-gmuend-frauendialog"]);
  });

  it("are past, demo and without invented results; only the trial dialogue is running", () => {
    for (const d of parsed) {
      expect(d.demo).toBe(true);
      expect(d.resultsSummary).toBe("");
    }
    for (const d of SEED_DIALOGUES) expect(["completed", "implementation"]).toContain(dialogueFieldsSchema.parse(d).phase);
    expect(dialogueFieldsSchema.parse(TRIAL_DIALOGUE).phase).toBe("execution");
    expect(TRIAL_DIALOGUE.title.startsWith("Demo:")).toBe(true);
  });

  it("name no person of the seed texts and use example.org mailboxes only", () => {
    const persons = /\b(Babou|Sohna|Gisela|Erler|Gudrun|Heute-Bluhm|Anna Renkamp|Renkamp|Richard|Arnold|Hannes|Wezel|Brettschneider|Lena|Reiner|Kretschmann|Leibinger|Merkel)\b/u;
    for (const d of parsed) {
      const text = JSON.stringify(d);
      expect(text, d.slug).not.toMatch(persons);
      if (d.contact) expect(d.contact.email.endsWith("@example.org"), d.slug).toBe(true);
    }
  });
});

describe("trial events and measures", () => {
  it("are valid, upcoming, and one of them has two seats and no waitlist", () => {
    const open = createEventSchema.parse(trialEvent(now));
    const full = createEventSchema.parse(fullEvent(now));
    expect(Date.parse(open.startsAt)).toBeGreaterThan(now.getTime());
    expect(Date.parse(full.startsAt)).toBeGreaterThan(now.getTime());
    expect(open).toMatchObject({ capacity: 12, waitlist: true, childcare: true, quotas: { gefluechtete: 4 } });
    expect(open.languages).toEqual(["de", "ar", "fa", "uk"]);
    expect(open.interpretingLanguages).toEqual(["ar", "fa"]);
    expect(open.accessibility.stepFree).toBe(true);
    expect(full).toMatchObject({ capacity: 2, waitlist: false });
  });

  it("starts about three weeks after now", () => {
    const days = (Date.parse(createEventSchema.parse(trialEvent(now)).startsAt) - now.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(20);
    expect(days).toBeLessThan(23);
  });

  it("builds a valid Begleitkreis and measures that point at it", () => {
    expect(createWorkingGroupSchema.parse(TRIAL_WORKING_GROUP).name).toContain("Begleitkreis");
    const measures = trialMeasures(now, "wg-1").map((m) => createMeasureSchema.parse(m));
    expect(measures.length).toBeGreaterThan(0);
    expect(measures.some((m) => m.responsible?.kind === "working-group" && m.responsible.workingGroupId === "wg-1")).toBe(true);
    for (const m of measures) expect(m.dueOn && m.dueOn > now.toISOString().slice(0, 10)).toBe(true);
  });
});
