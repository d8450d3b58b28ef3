import { upsertMunicipalities, type KfdDatabase } from "@kfd/db";
import { createTestDatabase, TEST_MUNICIPALITY, type TestDatabase } from "@kfd/db/testing";
import type { CreateEventInput, DialogueInput, Municipality } from "@kfd/domain";
import type { Hono } from "hono";
import type { AppEnv } from "../app-env.js";
import { createApp } from "../app.js";
import { loadConfig } from "../config.js";

export const ADMIN_TOKEN = "test-admin-token-0123456789abcdef";

export const STUTTGART: Municipality = { ags: "08111000", name: "Stuttgart", kind: "stadt", location: { lat: 48.7758, lon: 9.1829 } };
export { TEST_MUNICIPALITY as TUEBINGEN };

/** The tests' "now": well before the events they create (which start in 2030). */
export const TEST_NOW = new Date("2026-11-21T10:00:00+01:00");

export interface TestApi {
  app: Hono<AppEnv>;
  db: KfdDatabase;
  database: TestDatabase;
  /** The clock the app decides by; tests move it. */
  clock: { now: Date };
  request(path: string, init?: RequestInit & { token?: string | null; json?: unknown }): Promise<Response>;
  /** A new app (as if a second server process) on the same database. */
  anotherProcess(env?: Record<string, string>): Hono<AppEnv>;
  close(): Promise<void>;
}

/** The real app over a fresh real database, with two municipalities and the bootstrap admin token. */
export async function createTestApi(options: { dialect?: "sqlite" | "postgres"; env?: Record<string, string> } = {}): Promise<TestApi> {
  const database = await createTestDatabase(options.dialect ?? "sqlite");
  const clock = { now: TEST_NOW };
  await upsertMunicipalities(database.db, [TEST_MUNICIPALITY, STUTTGART], clock.now);
  const makeApp = (env: Record<string, string> = {}) =>
    createApp({
      db: database.db,
      config: loadConfig({ DATABASE_URL: database.url, KFD_ADMIN_TOKEN: ADMIN_TOKEN, KFD_RATE_LIMIT: "0", ...options.env, ...env }),
      now: () => clock.now,
      log: () => undefined,
    });
  const app = makeApp();
  return {
    app,
    db: database.db,
    database,
    clock,
    anotherProcess: makeApp,
    request: (path, init = {}) => {
      const { token = ADMIN_TOKEN, json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (token !== null && !headers.has("authorization")) headers.set("authorization", `Bearer ${token}`);
      if (json !== undefined) headers.set("content-type", "application/json");
      return Promise.resolve(app.request(path, { ...rest, headers, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) }));
    },
    close: () => database.cleanup(),
  };
}

/** Reads a JSON answer and checks its status, printing the body when it is not the expected one. */
export async function expectStatus<T = any>(res: Response | Promise<Response>, status: number): Promise<T> {
  const r = await res;
  const text = await r.text();
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${text}`);
  return (text === "" ? undefined : JSON.parse(text)) as T;
}

export async function createPublishedDialogue(api: TestApi, input: Partial<DialogueInput> & { slug?: string } = {}): Promise<{ id: string; slug: string }> {
  const dialogue = await expectStatus(
    api.request("/v1/dialogues", { method: "POST", json: { title: "Wie leben wir zukünftig zusammen?", municipalityAgs: TEST_MUNICIPALITY.ags, ...input } }),
    201,
  );
  await expectStatus(api.request(`/v1/dialogues/${dialogue.id}/publish`, { method: "POST" }), 200);
  return dialogue;
}

export async function createEventVia(api: TestApi, dialogue: string, input: Partial<CreateEventInput> = {}): Promise<{ id: string }> {
  return expectStatus(
    api.request(`/v1/dialogues/${dialogue}/events`, {
      method: "POST",
      json: { title: "World-Café im Rathaus", startsAt: "2030-12-03T18:00:00+01:00", endsAt: "2030-12-03T21:00:00+01:00", capacity: 2, waitlist: true, ...input },
    }),
    201,
  );
}

export function registrationBody(n: number, extra: Record<string, unknown> = {}) {
  return { name: `Person ${n}`, email: `person${n}@example.org`, consent: true, ...extra };
}

export async function register(api: TestApi, eventId: string, body: unknown, headers: Record<string, string> = {}) {
  return api.request(`/v1/events/${eventId}/registrations`, { method: "POST", token: null, json: body, headers });
}
