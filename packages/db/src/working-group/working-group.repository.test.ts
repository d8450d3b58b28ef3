import { expect, it } from "vitest";
import { NotFoundError } from "../shared/errors.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { seedDialogue } from "../testing/fixtures.js";
import { createWorkingGroup, listWorkingGroups } from "./working-group.repository.js";

const now = new Date("2026-11-21T10:00:00Z");

describeEachDialect("working groups", (context) => {
  const db = () => context().db;

  it("creates Begleitkreise and lists them in order", async () => {
    const d = await seedDialogue(db(), now);
    const a = await createWorkingGroup(db(), d.id, { name: "Begleitkreis Wohnen", contactEmail: "wohnen@example.org" }, now);
    const b = await createWorkingGroup(db(), d.id, { name: "Begleitkreis Arbeit", description: "Ausbildung" }, now);
    expect(a).toEqual({ id: a.id, dialogueId: d.id, name: "Begleitkreis Wohnen", description: "", contactEmail: "wohnen@example.org", createdAt: now.toISOString() });
    expect(await listWorkingGroups(db(), d.id)).toEqual([a, b]);
    await expect(createWorkingGroup(db(), "missing", { name: "x" }, now)).rejects.toBeInstanceOf(NotFoundError);
  });
});
