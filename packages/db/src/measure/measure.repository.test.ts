import { expect, it } from "vitest";
import { createResult } from "../result/result.repository.js";
import { NotFoundError } from "../shared/errors.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { seedDialogue } from "../testing/fixtures.js";
import { createWorkingGroup } from "../working-group/working-group.repository.js";
import { MEASURE_CREATED_REASON, createMeasure, findMeasure, listMeasures, updateMeasure } from "./measure.repository.js";

const t0 = new Date("2026-11-21T10:00:00Z");
const t1 = new Date("2026-12-01T10:00:00Z");
const t2 = new Date("2027-01-15T10:00:00Z");

describeEachDialect("measures", (context) => {
  const db = () => context().db;

  it("creates a measure with its first history entry", async () => {
    const d = await seedDialogue(db(), t0);
    const idea = await createResult(db(), d.id, { kind: "idee", text: "Sprachcafé" }, t0);
    const group = await createWorkingGroup(db(), d.id, { name: "Begleitkreis" }, t0);
    const m = await createMeasure(
      db(),
      d.id,
      { title: "Sprachcafé einrichten", topic: "gemeinschaft-nachbarschaft", responsible: { kind: "working-group", workingGroupId: group.id }, dueOn: "2027-03-01", resultId: idea.id },
      t0,
    );
    expect(m).toEqual({
      id: m.id,
      dialogueId: d.id,
      title: "Sprachcafé einrichten",
      description: "",
      topic: "gemeinschaft-nachbarschaft",
      responsible: { kind: "working-group", workingGroupId: group.id },
      status: "planned",
      progress: 0,
      dueOn: "2027-03-01",
      resultId: idea.id,
      history: [{ at: t0.toISOString(), status: "planned", progress: 0, reason: MEASURE_CREATED_REASON }],
      createdAt: t0.toISOString(),
      updatedAt: t0.toISOString(),
    });
  });

  it("appends every change with its reason and keeps status and progress consistent", async () => {
    const d = await seedDialogue(db(), t0);
    const m = await createMeasure(db(), d.id, { title: "Wohnbörse", responsible: { kind: "role", role: "Integrationsmanagement" }, dueOn: "2027-01-01" }, t0);
    await updateMeasure(db(), m.id, { progress: 40, reason: "Plattform gewählt" }, t1);
    const done = await updateMeasure(db(), m.id, { progress: 100, dueOn: null, reason: "Online" }, t2);
    expect(done).toMatchObject({ status: "done", progress: 100, dueOn: null, title: "Wohnbörse", updatedAt: t2.toISOString() });
    expect(done?.history).toEqual([
      { at: t0.toISOString(), status: "planned", progress: 0, reason: MEASURE_CREATED_REASON },
      { at: t1.toISOString(), status: "in-progress", progress: 40, reason: "Plattform gewählt" },
      { at: t2.toISOString(), status: "done", progress: 100, reason: "Online" },
    ]);
    expect(await findMeasure(db(), m.id)).toEqual(done);
    expect(await updateMeasure(db(), "missing", { reason: "x" }, t2)).toBeUndefined();
  });

  it("takes owner and topic away on null and keeps them when left out", async () => {
    const d = await seedDialogue(db(), t0);
    const m = await createMeasure(db(), d.id, { title: "Sprachcafé", topic: "bauen-wohnen", responsible: { kind: "role", role: "Integrationsmanagement" } }, t0);
    expect(await updateMeasure(db(), m.id, { progress: 10, reason: "Raum gefunden" }, t1)).toMatchObject({ topic: "bauen-wohnen", responsible: { kind: "role", role: "Integrationsmanagement" } });
    expect(await updateMeasure(db(), m.id, { topic: null, responsible: null, reason: "Zuständigkeit offen" }, t2)).toMatchObject({ topic: null, responsible: null, progress: 10 });
  });

  it("lists a dialogue's measures with their histories", async () => {
    const d = await seedDialogue(db(), t0);
    const a = await createMeasure(db(), d.id, { title: "A" }, t0);
    const b = await createMeasure(db(), d.id, { title: "B", status: "done" }, t0);
    await updateMeasure(db(), a.id, { status: "dropped", reason: "Kein Bedarf" }, t1);
    const list = await listMeasures(db(), d.id);
    expect(list.map((m) => [m.title, m.status, m.progress, m.history.length])).toEqual([
      ["A", "dropped", 0, 2],
      ["B", "done", 100, 1],
    ]);
    expect(list[1]).toEqual(b);
  });

  it("refuses a Begleitkreis or result of another dialogue", async () => {
    const d = await seedDialogue(db(), t0);
    const other = await seedDialogue(db(), t0);
    const foreignGroup = await createWorkingGroup(db(), other.id, { name: "Fremd" }, t0);
    await expect(createMeasure(db(), d.id, { title: "X", responsible: { kind: "working-group", workingGroupId: foreignGroup.id } }, t0)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createMeasure(db(), "missing", { title: "X" }, t0)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listMeasures(db(), d.id)).toEqual([]);
  });
});
