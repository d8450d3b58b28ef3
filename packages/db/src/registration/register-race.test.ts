import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, expect, it } from "vitest";
import { openDatabase } from "../connection/open-database.js";
import { createEvent, findPublicEvent } from "../event/event.repository.js";
import { bundleWorker } from "../testing/bundle-worker.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { eventFields, registrationData, seedDialogue } from "../testing/fixtures.js";
import { listRegistrations, register, type RegisterOutcome } from "./registration.repository.js";

let workerBundle = "";
const run = promisify(execFile);

const SEATS = 50;
const PEOPLE = 400;
const PROCESSES = 4;
const now = new Date("2026-11-21T10:00:00Z");

type Outcome = { kind: "registered"; status: string; waitlistPosition: number | null } | Exclude<RegisterOutcome, { kind: "registered" }>;

beforeAll(async () => {
  workerBundle = await bundleWorker(fileURLToPath(new URL("./register-race.worker.ts", import.meta.url)));
});

function expectExactlyFilled(outcomes: readonly Outcome[]) {
  const confirmed = outcomes.filter((o) => o.kind === "registered" && o.status === "confirmed");
  const waitlisted = outcomes.filter((o): o is Extract<Outcome, { kind: "registered" }> => o.kind === "registered" && o.status === "waitlisted");
  expect(outcomes).toHaveLength(PEOPLE);
  expect(confirmed).toHaveLength(SEATS);
  expect(waitlisted).toHaveLength(PEOPLE - SEATS);
  const positions = waitlisted.map((o) => o.waitlistPosition ?? 0).sort((a, b) => a - b);
  expect(positions).toEqual(Array.from({ length: PEOPLE - SEATS }, (_, i) => i + 1));
}

describeEachDialect(
  "register() under concurrency",
  (context) => {
    const db = () => context().db;

    it(`confirms exactly ${SEATS} of ${PEOPLE} simultaneous registrations on one handle`, async () => {
      const event = await createEvent(db(), (await seedDialogue(db(), now)).id, eventFields({ capacity: SEATS }), now);
      const outcomes = await Promise.all(Array.from({ length: PEOPLE }, (_, n) => register(db(), event.id, registrationData(n), now)));
      expectExactlyFilled(outcomes.map((o) => (o.kind === "registered" ? { kind: o.kind, status: o.registration.status, waitlistPosition: o.waitlistPosition } : o)));
      expect(await findPublicEvent(db(), event.id)).toMatchObject({ confirmedCount: SEATS, seatsLeft: 0, waitlistCount: PEOPLE - SEATS });
    });

    it(`confirms exactly ${SEATS} when ${PROCESSES} processes register ${PEOPLE} people at once`, async () => {
      const event = await createEvent(db(), (await seedDialogue(db(), now)).id, eventFields({ capacity: SEATS }), now);
      const perProcess = PEOPLE / PROCESSES;
      const startAt = Date.now() + 1_500;
      const runs = Array.from({ length: PROCESSES }, (_, p) =>
        run(process.execPath, [workerBundle, context().url, event.id, String(p * perProcess), String(perProcess), String(startAt), now.toISOString()], {
          maxBuffer: 10_000_000,
        }),
      );
      const outcomes = (await Promise.all(runs)).flatMap(({ stdout }) => JSON.parse(stdout) as Outcome[]);
      expectExactlyFilled(outcomes);
      const stored = await listRegistrations(db(), event.id);
      expect(stored.filter((r) => r.status === "confirmed")).toHaveLength(SEATS);
      expect(stored.filter((r) => r.status === "waitlisted").map((r) => r.waitlistPosition)).toEqual(Array.from({ length: PEOPLE - SEATS }, (_, i) => i + 1));
      expect(await findPublicEvent(db(), event.id)).toMatchObject({ confirmedCount: SEATS, waitlistCount: PEOPLE - SEATS });
    });

    it("never lets two handles take the last seat", async () => {
      const event = await createEvent(db(), (await seedDialogue(db(), now)).id, eventFields({ capacity: 1, waitlist: false }), now);
      const other = openDatabase(context().url);
      try {
        const outcomes = await Promise.all([register(db(), event.id, registrationData(1), now), register(other, event.id, registrationData(2), now)]);
        expect(outcomes.map((o) => o.kind).sort()).toEqual(["refused", "registered"]);
      } finally {
        await other.close();
      }
    });
  },
  { maxConnections: 12 },
);
