import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, expect, it } from "vitest";
import { openDatabase } from "../connection/open-database.js";
import { createEvent } from "../event/event.repository.js";
import { bundleWorker } from "../testing/bundle-worker.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { eventFields, seedDialogue } from "../testing/fixtures.js";
import { cancelRegistration, findRegistration, type RegisterOutcome } from "./registration.repository.js";

const now = new Date("2026-11-21T10:00:00Z");
let workerBundle = "";

beforeAll(async () => {
  workerBundle = await bundleWorker(fileURLToPath(new URL("./register-then-crash.worker.ts", import.meta.url)));
});

function runUntilKilled(args: string[]): Promise<{ stdout: string; signal: string | null }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [workerBundle, ...args], (error, stdout) => resolve({ stdout, signal: error && "signal" in error ? (error.signal as string | null) : null }));
  });
}

describeEachDialect("register() durability", (context) => {
  it("keeps an acknowledged registration when the process is killed right after", async () => {
    const { db, url } = context();
    const event = await createEvent(db, (await seedDialogue(db, now)).id, eventFields(), now);
    const { stdout, signal } = await runUntilKilled([url, event.id, now.toISOString()]);
    expect(signal).toBe("SIGKILL");
    const outcome = JSON.parse(stdout) as RegisterOutcome;
    if (outcome.kind !== "registered") throw new Error(`expected a registration, got ${stdout}`);
    // A fresh handle, as a restarted server would open.
    const reopened = openDatabase(url);
    try {
      expect(await findRegistration(reopened, outcome.registration.id)).toMatchObject({ status: "confirmed", name: outcome.registration.name });
      expect(await cancelRegistration(reopened, outcome.cancelToken, now)).toMatchObject({ registration: { id: outcome.registration.id, status: "cancelled" } });
    } finally {
      await reopened.close();
    }
  });
});
