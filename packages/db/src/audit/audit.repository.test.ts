import { expect, it } from "vitest";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { listAuditLog, writeAudit } from "./audit.repository.js";

const now = new Date("2026-11-21T10:00:00Z");
const actor = { tokenId: "t1", label: "Stadt Tübingen, Integrationsbüro" };

describeEachDialect("audit log", (context) => {
  it("lists entries newest first, by event and by action, in the order written within one millisecond", async () => {
    const db = context().db;
    await writeAudit(db, { actor, action: "list-registrations", eventId: "e1", detail: "3" }, now);
    await writeAudit(db, { actor, action: "export-registrations", eventId: "e1", detail: "csv" }, now);
    await writeAudit(db, { actor, action: "view-registration", eventId: "e2", registrationId: "r9" }, new Date(now.getTime() + 1000));
    const all = await listAuditLog(db);
    expect(all.map((e) => e.action)).toEqual(["view-registration", "export-registrations", "list-registrations"]);
    expect(all[2]).toMatchObject({ actorTokenId: "t1", actorLabel: actor.label, eventId: "e1", registrationId: null, detail: "3", at: now.toISOString() });
    expect((await listAuditLog(db, { eventId: "e1" })).map((e) => e.action)).toEqual(["export-registrations", "list-registrations"]);
    expect((await listAuditLog(db, { action: "view-registration" })).map((e) => e.registrationId)).toEqual(["r9"]);
    expect((await listAuditLog(db, { before: new Date(now.getTime() + 1000).toISOString() })).length).toBe(2);
  });
});
