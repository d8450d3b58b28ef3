import { createSession, createStaff, findSession, openDatabase } from "@kfd/db";
import { describeEachDialect } from "@kfd/db/testing";
import { expect, it } from "vitest";
import { loadConfig } from "../config.js";
import { sessionLifetime } from "../session/session-lifetime.js";
import { jobDepsFromConfig } from "./background-jobs.js";
import { runJobs } from "./run-jobs.js";

const signedInAt = new Date("2026-11-21T09:00:00Z");
const MINUTE = 60_000;

describeEachDialect("the cleanup of ended sessions in the background jobs", (context) => {
  const config = loadConfig({ KFD_SESSION_HOURS: "12", KFD_SESSION_IDLE_MINUTES: "120" });
  const lifetime = sessionLifetime(config);

  it("deletes a session once it is idle too long, once with two processes at work, and keeps the live one", async () => {
    const db = context().db;
    const staff = await createStaff(db, { email: "idle@example.org", name: "", role: "state-admin", municipalityAgs: [], passwordHash: "x" }, signedInAt);
    const other = await createStaff(db, { email: "busy@example.org", name: "", role: "state-admin", municipalityAgs: [], passwordHash: "x" }, signedInAt);
    const idle = await createSession(db, staff.id, lifetime, signedInAt);
    const busy = await createSession(db, other.id, lifetime, signedInAt);
    await findSession(db, busy.sessionId, lifetime, new Date(signedInAt.getTime() + 100 * MINUTE));

    const clock = { now: new Date(signedInAt.getTime() + 119 * MINUTE) };
    expect((await runJobs(jobDepsFromConfig(db, config, () => clock.now))).accountCleanup?.sessions).toBe(0);

    clock.now = new Date(signedInAt.getTime() + 120 * MINUTE);
    const second = openDatabase(context().url);
    try {
      const runs = await Promise.all([runJobs(jobDepsFromConfig(db, config, () => clock.now)), runJobs(jobDepsFromConfig(second, config, () => clock.now))]);
      // The lease keeps the two from cleaning at the same time; one that comes after finds nothing left.
      expect(runs.reduce((sum, r) => sum + (r.accountCleanup?.sessions ?? 0), 0)).toBe(1);
    } finally {
      await second.close();
    }
    const left = await db.kysely.selectFrom("staff_sessions").select("staff_id").execute();
    expect(left).toEqual([{ staff_id: other.id }]);
    expect(await findSession(db, idle.sessionId, lifetime, signedInAt)).toBeUndefined();
  });

  it("deletes a session at its absolute end however busy", async () => {
    const db = context().db;
    const staff = await createStaff(db, { email: "long@example.org", name: "", role: "state-admin", municipalityAgs: [], passwordHash: "x" }, signedInAt);
    const session = await createSession(db, staff.id, lifetime, signedInAt);
    for (let minutes = 100; minutes < 12 * 60; minutes += 100) {
      expect(await findSession(db, session.sessionId, lifetime, new Date(signedInAt.getTime() + minutes * MINUTE))).toBeDefined();
    }
    // Later than the clocks above: a released lease stays free only from its release time on.
    const run = await runJobs(jobDepsFromConfig(db, config, () => new Date(signedInAt.getTime() + 12 * 60 * MINUTE)));
    expect(run.accountCleanup?.sessions).toBeGreaterThanOrEqual(1);
    expect(await db.kysely.selectFrom("staff_sessions").select("staff_id").where("staff_id", "=", staff.id).execute()).toEqual([]);
  });
});
