import { methodTemplate } from "@kfd/domain";
import { expect, it } from "vitest";
import { findDialogue } from "../dialogue/dialogue.repository.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { seedDialogue } from "../testing/fixtures.js";
import { addChecklistItem, deleteChecklistItem, updateChecklistItem } from "./checklist.repository.js";
import { createMilestone, listMilestones, updateMilestone } from "./milestone.repository.js";
import { applyMethodTemplate, loadPreparation, updateAnalysis } from "./preparation.repository.js";

const now = new Date("2026-11-21T10:00:00Z");
const later = new Date("2026-11-22T10:00:00Z");

describeEachDialect("preparation", (context) => {
  const db = () => context().db;

  it("starts empty, with the dialogue's actors", async () => {
    const dialogue = await seedDialogue(db(), now, { actors: ["gefluechtete", "ehrenamt"] });
    expect(await loadPreparation(db(), dialogue.id)).toEqual({ dialogueId: dialogue.id, analysis: {}, templateMethod: null, checklist: [], milestones: [], actors: ["gefluechtete", "ehrenamt"], updatedAt: null });
    expect(await loadPreparation(db(), "no-such-dialogue")).toBeUndefined();
  });

  it("merges analysis answers and clears an answer sent empty", async () => {
    const dialogue = await seedDialogue(db(), now);
    await updateAnalysis(db(), dialogue.id, { situation: "150 Geflüchtete, kein Netzwerk", actors: "Freundeskreis Asyl" }, now);
    await Promise.all([updateAnalysis(db(), dialogue.id, { design: "World-Café" }, later), updateAnalysis(db(), dialogue.id, { localTopics: "Wohnen" }, later)]);
    const prep = await updateAnalysis(db(), dialogue.id, { actors: "" }, later);
    expect(prep.analysis).toEqual({ situation: "150 Geflüchtete, kein Netzwerk", design: "World-Café", localTopics: "Wohnen" });
    expect(prep.updatedAt).toBe(later.toISOString());
  });

  it("copies a template's checklist once, keeps ticks when applied again, and sets the dialogue's method", async () => {
    const dialogue = await seedDialogue(db(), now);
    const first = await applyMethodTemplate(db(), dialogue.id, "frauendialog", now);
    const template = methodTemplate("frauendialog");
    expect(first.templateMethod).toBe("frauendialog");
    expect(first.checklist.map((i) => i.text)).toEqual(template.checklist.map((i) => i.text));
    expect((await findDialogue(db(), dialogue.id))?.method).toBe("frauendialog");

    const childcare = first.checklist.find((i) => i.templateKey === "kinderbetreuung")!;
    expect(await updateChecklistItem(db(), childcare.id, { done: true }, later)).toMatchObject({ done: true, doneAt: later.toISOString() });
    const own = await addChecklistItem(db(), dialogue.id, "Gebetsraum anfragen", later);
    expect(own).toMatchObject({ source: "own", templateKey: null, done: false });

    const switched = await applyMethodTemplate(db(), dialogue.id, "world-cafe", later);
    const keys = switched.checklist.map((i) => i.templateKey).filter((k) => k !== null);
    expect(new Set(keys).size).toBe(keys.length);
    expect(switched.checklist.find((i) => i.templateKey === "kinderbetreuung")).toMatchObject({ id: childcare.id, done: true });
    expect(switched.checklist.some((i) => i.templateKey === "thementische")).toBe(true);
    expect(switched.checklist.map((i) => i.position)).toEqual([...switched.checklist.map((i) => i.position)].sort((a, b) => a - b));

    expect(await updateChecklistItem(db(), childcare.id, { done: false }, later)).toMatchObject({ done: false, doneAt: null });
    expect(await deleteChecklistItem(db(), own.id)).toBe(true);
    expect(await deleteChecklistItem(db(), own.id)).toBe(false);
  });

  it("keeps a project plan of milestones in date order", async () => {
    const dialogue = await seedDialogue(db(), now);
    await createMilestone(db(), dialogue.id, { title: "Dialogabend", dueOn: "2027-03-10" }, now);
    const kickoff = await createMilestone(db(), dialogue.id, { title: "Auftaktgespräch mit der Beraterin", dueOn: "2027-01-15" }, now);
    await createMilestone(db(), dialogue.id, { title: "Begleitkreis gründen" }, now);
    expect((await listMilestones(db(), dialogue.id)).map((m) => m.title)).toEqual(["Auftaktgespräch mit der Beraterin", "Dialogabend", "Begleitkreis gründen"]);
    expect(await updateMilestone(db(), kickoff.id, { done: true, dueOn: null }, later)).toMatchObject({ done: true, doneAt: later.toISOString(), dueOn: null });
  });
});
