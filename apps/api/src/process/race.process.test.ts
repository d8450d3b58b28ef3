import { upsertMunicipalities } from "@kfd/db";
import { createTestDatabase, postgresAvailable, postgresRequired, TEST_MUNICIPALITY, type TestDatabase } from "@kfd/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_TOKEN, TEST_NOW } from "../testing/test-api.js";
import { buildServerFor, startServer, type ServerProcess } from "./server-process.js";

const SEATS = 50;
const REQUESTS = 400;
const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" };
const skipPostgres = (await postgresAvailable()) !== true && !postgresRequired();

let script: string;
beforeAll(async () => {
  script = await buildServerFor("race");
});

interface Stored {
  id: string;
  status: string;
  waitlistPosition: number | null;
}

async function json<T>(res: Promise<Response>, status: number): Promise<T> {
  const r = await res;
  const text = await r.text();
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${text}`);
  return JSON.parse(text) as T;
}

/** Fires all registrations at once, spread over the given servers, and checks the seat count. */
async function raceFor(servers: ServerProcess[]) {
  const [first] = servers;
  const dialogue = await json<{ id: string }>(
    fetch(`${first!.url}/v1/dialogues`, { method: "POST", headers: admin, body: JSON.stringify({ title: `Rennen ${Date.now()}`, municipalityAgs: TEST_MUNICIPALITY.ags }) }),
    201,
  );
  const event = await json<{ id: string }>(
    fetch(`${first!.url}/v1/dialogues/${dialogue.id}/events`, {
      method: "POST",
      headers: admin,
      body: JSON.stringify({ title: "Rennen", startsAt: "2030-01-01T10:00:00+01:00", endsAt: "2030-01-01T12:00:00+01:00", capacity: SEATS, waitlist: true }),
    }),
    201,
  );
  const answers = await Promise.all(
    Array.from({ length: REQUESTS }, async (_, i) => {
      const server = servers[i % servers.length]!;
      const res = await fetch(`${server.url}/v1/events/${event.id}/registrations`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: `Person ${i}`, email: `race${i}@example.org`, consent: true }),
      });
      return { status: res.status, body: (await res.json()) as { id: string; status: string; cancelToken: string; waitlistPosition: number | null } };
    }),
  );
  expect(answers.map((a) => a.status).filter((s) => s !== 201)).toEqual([]);
  const confirmedAnswers = answers.filter((a) => a.body.status === "confirmed");
  expect(confirmedAnswers).toHaveLength(SEATS);
  const positions = answers.filter((a) => a.body.status === "waitlisted").map((a) => a.body.waitlistPosition);
  expect(new Set(positions).size).toBe(REQUESTS - SEATS);

  const stored = await json<Stored[]>(fetch(`${first!.url}/v1/events/${event.id}/registrations`, { headers: admin }), 200);
  expect(stored.filter((r) => r.status === "confirmed")).toHaveLength(SEATS);
  expect(stored.filter((r) => r.status === "waitlisted")).toHaveLength(REQUESTS - SEATS);
  const publicEvent = await json<{ seatsLeft: number; confirmedCount: number }>(fetch(`${servers.at(-1)!.url}/v1/events/${event.id}`), 200);
  expect(publicEvent).toMatchObject({ seatsLeft: 0, confirmedCount: SEATS });

  // A cancellation (through the other server, if there are two) moves the first on the waitlist up.
  const firstWaiting = stored.find((r) => r.waitlistPosition === 1)!;
  const receipt = await json<{ promoted: number }>(fetch(`${servers.at(-1)!.url}/v1/registrations/${confirmedAnswers[0]!.body.cancelToken}`, { method: "DELETE" }), 200);
  expect(receipt.promoted).toBe(1);
  const after = await json<Stored[]>(fetch(`${first!.url}/v1/events/${event.id}/registrations`, { headers: admin }), 200);
  expect(after.find((r) => r.id === firstWaiting.id)?.status).toBe("confirmed");
  expect(after.filter((r) => r.status === "confirmed")).toHaveLength(SEATS);
}

describe("registration races through real server processes", () => {
  let sqlite: TestDatabase;
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.stop("SIGKILL");
    await sqlite?.cleanup();
  });

  it(`SQLite, one server: ${REQUESTS} concurrent registrations for ${SEATS} seats confirm exactly ${SEATS}`, async () => {
    sqlite = await createTestDatabase("sqlite");
    await upsertMunicipalities(sqlite.db, [TEST_MUNICIPALITY], TEST_NOW);
    server = await startServer(script, { DATABASE_URL: sqlite.url, KFD_ADMIN_TOKEN: ADMIN_TOKEN, KFD_RATE_LIMIT: "0" });
    await raceFor([server]);
  });
});

describe.skipIf(skipPostgres)("registration races through two server processes on one PostgreSQL", () => {
  let postgres: TestDatabase;
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop("SIGKILL")));
    await postgres?.cleanup();
  });

  it(`two servers: ${REQUESTS} concurrent registrations for ${SEATS} seats confirm exactly ${SEATS}`, async () => {
    postgres = await createTestDatabase("postgres");
    await upsertMunicipalities(postgres.db, [TEST_MUNICIPALITY], TEST_NOW);
    const env = { DATABASE_URL: postgres.url, KFD_ADMIN_TOKEN: ADMIN_TOKEN, KFD_RATE_LIMIT: "0" };
    servers.push(await startServer(script, env), await startServer(script, env));
    await raceFor(servers);
  });
});
