import { expect, it } from "vitest";
import { openDatabase } from "../connection/open-database.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { releaseLease, tryTakeLease } from "./job-lease.js";

const now = new Date("2026-11-21T10:00:00Z");

describeEachDialect("job leases", (context) => {
  it("gives a lease to exactly one of several processes asking at once", async () => {
    const handles = [context().db, openDatabase(context().url), openDatabase(context().url), openDatabase(context().url)];
    try {
      const taken = await Promise.all(handles.map((db, i) => tryTakeLease(db, "race", `worker-${i}`, now, 60_000)));
      expect(taken.filter(Boolean)).toHaveLength(1);
    } finally {
      for (const db of handles.slice(1)) await db.close();
    }
  });

  it("lets another process take the lease once it expired or was released, and the holder renew it", async () => {
    const db = context().db;
    expect(await tryTakeLease(db, "retention", "a", now, 60_000)).toBe(true);
    expect(await tryTakeLease(db, "retention", "b", new Date(now.getTime() + 59_000), 60_000)).toBe(false);
    expect(await tryTakeLease(db, "retention", "a", new Date(now.getTime() + 59_000), 60_000)).toBe(true);
    expect(await tryTakeLease(db, "retention", "b", new Date(now.getTime() + 119_000), 60_000)).toBe(true);
    await releaseLease(db, "retention", "b", new Date(now.getTime() + 120_000));
    expect(await tryTakeLease(db, "retention", "a", new Date(now.getTime() + 120_000), 60_000)).toBe(true);
  });
});
