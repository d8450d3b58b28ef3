import { createEvent, listAuditLog, listRegistrations, openDatabase, register, setDialoguePublished } from "@kfd/db";
import { describeEachDialect, eventFields, registrationData, seedDialogue } from "@kfd/db/testing";
import { expect, it } from "vitest";
import { loadConfig } from "../config.js";
import { jobDepsFromConfig } from "./background-jobs.js";
import { runJobs } from "./run-jobs.js";
import { startScheduler } from "./scheduler.js";

const registeredAt = new Date("2030-11-01T10:00:00Z");
const DAY = 86_400_000;

describeEachDialect("background jobs", (context) => {
  const config = loadConfig({ KFD_CANCELLED_RETENTION_DAYS: "7" });

  async function eventWithPeople(retentionDays: number, people: number) {
    const db = context().db;
    const dialogue = await seedDialogue(db, registeredAt, { retentionDays });
    await setDialoguePublished(db, dialogue.id, true, registeredAt);
    const event = await createEvent(db, dialogue.id, eventFields({ capacity: people }), registeredAt);
    for (let n = 0; n < people; n++) await register(db, event.id, registrationData(n), registeredAt);
    return event;
  }

  it("lets exactly one of two server processes erase, when both run the jobs at the same moment", async () => {
    const event = await eventWithPeople(3, 4);
    const clock = { now: new Date(Date.parse(event.endsAt) + 3 * DAY) };
    const other = openDatabase(context().url);
    try {
      const runs = await Promise.all([
        runJobs(jobDepsFromConfig(context().db, config, () => clock.now)),
        runJobs(jobDepsFromConfig(other, config, () => clock.now)),
      ]);
      // The lease makes them take turns: the second may still get it once the first has released it,
      // and then must find nothing left to erase.
      const erasing = runs.filter((r) => r.retention?.events.some((e) => e.eventId === event.id));
      expect(erasing).toHaveLength(1);
      expect(erasing[0]?.retention?.events).toContainEqual({ eventId: event.id, erased: 4 });
    } finally {
      await other.close();
    }
    expect((await listRegistrations(context().db, event.id)).map((r) => r.email)).toEqual(["", "", "", ""]);
    const audit = await listAuditLog(context().db, { eventId: event.id, action: "retention-erase" });
    expect(audit).toEqual([expect.objectContaining({ actorTokenId: "retention-job", detail: "4 registrations" })]);
  });

  it("erases nothing before the retention period has passed by the test's clock", async () => {
    const event = await eventWithPeople(30, 2);
    const clock = { now: new Date(Date.parse(event.endsAt) + 29 * DAY) };
    const run = await runJobs(jobDepsFromConfig(context().db, config, () => clock.now));
    expect(run.retention?.events.find((e) => e.eventId === event.id)).toBeUndefined();
    expect((await listRegistrations(context().db, event.id)).map((r) => r.name)).toEqual(["Person 0", "Person 1"]);
    expect(run.delivery).toBeUndefined();
  });

  it("runs on its timer until stopped", async () => {
    const event = await eventWithPeople(1, 1);
    // Later than the clocks above: a released lease stays free only from its release time on.
    const clock = { now: new Date(Date.parse(event.endsAt) + 40 * DAY) };
    const scheduler = startScheduler(jobDepsFromConfig(context().db, config, () => clock.now), 50, (error) => {
      throw error;
    });
    try {
      await expect.poll(async () => (await listRegistrations(context().db, event.id))[0]?.name, { timeout: 5_000, interval: 50 }).toBe("");
    } finally {
      await scheduler.stop();
    }
  });
});
