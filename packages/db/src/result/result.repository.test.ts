import { expect, it } from "vitest";
import { createEvent } from "../event/event.repository.js";
import { NotFoundError } from "../shared/errors.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { eventFields, seedDialogue } from "../testing/fixtures.js";
import { createResult, listResults } from "./result.repository.js";

const now = new Date("2026-11-21T10:00:00Z");

describeEachDialect("results", (context) => {
  const db = () => context().db;

  it("records results in the order they were added, with optional topic and event", async () => {
    const d = await seedDialogue(db(), now);
    const event = await createEvent(db(), d.id, eventFields(), now);
    const first = await createResult(db(), d.id, { kind: "situation", text: "Wenig Wohnraum" }, now);
    const second = await createResult(db(), d.id, { kind: "idee", topic: "bauen-wohnen", text: "Wohnbörse", eventId: event.id }, now);
    expect(first).toEqual({ id: first.id, dialogueId: d.id, kind: "situation", text: "Wenig Wohnraum", createdAt: now.toISOString() });
    expect(second).toMatchObject({ topic: "bauen-wohnen", eventId: event.id });
    expect(await listResults(db(), d.id)).toEqual([first, second]);
  });

  it("refuses an unknown dialogue and an event of another dialogue", async () => {
    const d = await seedDialogue(db(), now);
    const other = await seedDialogue(db(), now);
    const foreignEvent = await createEvent(db(), other.id, eventFields(), now);
    await expect(createResult(db(), "missing", { kind: "idee", text: "x" }, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createResult(db(), d.id, { kind: "idee", text: "x", eventId: foreignEvent.id }, now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listResults(db(), d.id)).toEqual([]);
  });
});
