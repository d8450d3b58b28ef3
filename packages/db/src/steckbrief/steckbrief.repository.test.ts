import { expect, it } from "vitest";
import { createEvent } from "../event/event.repository.js";
import { createMeasure } from "../measure/measure.repository.js";
import { register, setAttended } from "../registration/registration.repository.js";
import { createResult } from "../result/result.repository.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { eventFields, registrationData, seedDialogue } from "../testing/fixtures.js";
import { createWorkingGroup } from "../working-group/working-group.repository.js";
import { loadSteckbrief } from "./steckbrief.repository.js";

const now = new Date("2026-11-21T10:00:00Z");

describeEachDialect("loadSteckbrief", (context) => {
  const db = () => context().db;

  it("gathers the dialogue's sources and never a registrant's name or address", async () => {
    const d = await seedDialogue(db(), now, { retentionDays: 14, location: { lat: 48.5, lon: 9.1 }, locationSensitive: true });
    const event = await createEvent(db(), d.id, eventFields({ capacity: 20 }), now);
    const people = Array.from({ length: 7 }, (_, n) => registrationData(n, { name: `Geheim Name${n}`, email: `geheim${n}@privat.example`, actorGroup: n < 5 ? "gefluechtete" : "politik" }));
    const outcomes = [];
    for (const p of people) outcomes.push(await register(db(), event.id, p, now));
    const first = outcomes[0];
    if (first?.kind === "registered") await setAttended(db(), first.registration.id, true);
    const group = await createWorkingGroup(db(), d.id, { name: "Begleitkreis Wohnen", contactEmail: "kreis@example.org" }, now);
    await createResult(db(), d.id, { kind: "idee", text: "Wohnbörse" }, now);
    await createMeasure(db(), d.id, { title: "Wohnbörse starten", responsible: { kind: "working-group", workingGroupId: group.id }, dueOn: "2026-11-01" }, now);

    const steckbrief = await loadSteckbrief(db(), d.slug, "2026-11-21");
    expect(steckbrief?.dialogue.slug).toBe(d.slug);
    expect(steckbrief?.participants).toEqual({ count: 1, byActorGroup: { gefluechtete: 5 }, smallCountThreshold: 5 });
    expect(steckbrief?.events.map((e) => e.id)).toEqual([event.id]);
    expect(steckbrief?.results.byKind.idee).toBe(1);
    expect(steckbrief?.measures).toMatchObject({ total: 1, overdue: 1, items: [{ title: "Wohnbörse starten", responsible: "Begleitkreis Wohnen" }] });
    expect(steckbrief?.workingGroups).toEqual([{ name: "Begleitkreis Wohnen", description: "" }]);
    const json = JSON.stringify(steckbrief);
    for (const p of people) {
      expect(json).not.toContain(p.name);
      expect(json).not.toContain(p.email);
    }
    expect(json).not.toContain("kreis@example.org");
    expect(json).not.toContain("retentionDays");
    expect(json).not.toContain("48.5,");
  });

  it("is undefined for an unknown dialogue", async () => {
    expect(await loadSteckbrief(db(), "missing", "2026-11-21")).toBeUndefined();
  });
});
