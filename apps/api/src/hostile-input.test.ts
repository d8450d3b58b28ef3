import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEventVia, createPublishedDialogue, createTestApi, expectStatus, registrationBody, STUTTGART, type TestApi } from "./testing/test-api.js";

const TABLES = ["dialogues", "events", "registrations", "results", "measures", "working_groups", "api_tokens"] as const;

let api: TestApi;
let dialogue: { id: string; slug: string };
let eventId: string;
let editorToken: string;
beforeAll(async () => {
  api = await createTestApi();
  dialogue = await createPublishedDialogue(api);
  eventId = (await createEventVia(api, dialogue.id, { capacity: 5 })).id;
  editorToken = (await expectStatus(api.request("/v1/tokens", { method: "POST", json: { role: "municipality-editor", municipalityAgs: [STUTTGART.ags], label: "Stuttgart" } }), 201)).token;
});
afterAll(() => api.close());

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const tables = await api.db.kysely.introspection.getTables();
  for (const table of TABLES) {
    if (!tables.some((t) => t.name === table)) continue;
    const row = await api.db.kysely
      .selectFrom(table as "dialogues")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

interface Case {
  name: string;
  path: () => string;
  method: string;
  body?: BodyInit;
  headers?: Record<string, string>;
  status: number;
  code: string;
  field?: string;
}

const json = { "content-type": "application/json" };
const admin = (token = "test-admin-token-0123456789abcdef") => ({ authorization: `Bearer ${token}` });
const registrations = () => `/v1/events/${eventId}/registrations`;

const CASES: Case[] = [
  { name: "malformed JSON", path: registrations, method: "POST", body: '{"name": "A", "email":', headers: json, status: 400, code: "invalid_json" },
  { name: "JSON that is not an object", path: registrations, method: "POST", body: "[1,2,3]", headers: json, status: 400, code: "validation_failed", field: "(body)" },
  { name: "wrong types", path: registrations, method: "POST", body: JSON.stringify({ name: 42, email: ["x"], consent: "yes" }), headers: json, status: 400, code: "validation_failed", field: "name" },
  { name: "missing consent", path: registrations, method: "POST", body: JSON.stringify({ name: "Amal", email: "amal@example.org" }), headers: json, status: 400, code: "validation_failed", field: "consent" },
  { name: "consent false", path: registrations, method: "POST", body: JSON.stringify({ ...registrationBody(1), consent: false }), headers: json, status: 400, code: "validation_failed", field: "consent" },
  { name: "an over-long name", path: registrations, method: "POST", body: JSON.stringify({ ...registrationBody(1), name: "x".repeat(500) }), headers: json, status: 400, code: "validation_failed", field: "name" },
  { name: "a huge body", path: registrations, method: "POST", body: JSON.stringify({ ...registrationBody(1), accessibilityNeeds: "x".repeat(200_000) }), headers: json, status: 413, code: "payload_too_large" },
  { name: "a huge body without Content-Length", path: registrations, method: "POST", body: new TextEncoder().encode(JSON.stringify({ ...registrationBody(1), x: "y".repeat(100_000) })), headers: { ...json, "transfer-encoding": "chunked" }, status: 413, code: "payload_too_large" },
  { name: "form encoding", path: registrations, method: "POST", body: "name=A&email=a%40example.org&consent=true", headers: { "content-type": "application/x-www-form-urlencoded" }, status: 415, code: "unsupported_media_type" },
  { name: "no content type", path: registrations, method: "POST", body: JSON.stringify(registrationBody(1)), status: 415, code: "unsupported_media_type" },
  { name: "an empty body", path: registrations, method: "POST", headers: json, status: 400, code: "validation_failed", field: "(body)" },
  { name: "an unknown event", path: () => "/v1/events/00000000-0000-0000-0000-000000000000/registrations", method: "POST", body: JSON.stringify(registrationBody(1)), headers: json, status: 404, code: "not_found" },
  { name: "an id with odd characters", path: () => "/v1/events/..%2F..%2Fetc%2Fpasswd", method: "GET", status: 404, code: "not_found" },
  { name: "an unknown route", path: () => "/v1/nothing-here", method: "GET", status: 404, code: "not_found" },
  { name: "no token", path: () => "/v1/dialogues", method: "POST", body: JSON.stringify({ title: "X", municipalityAgs: "08416041" }), headers: json, status: 401, code: "unauthorized" },
  { name: "a wrong token", path: () => "/v1/dialogues", method: "POST", body: JSON.stringify({ title: "X", municipalityAgs: "08416041" }), headers: { ...json, authorization: "Bearer nope-nope-nope" }, status: 401, code: "unauthorized" },
  { name: "a malformed Authorization header", path: () => "/v1/dialogues", method: "POST", body: JSON.stringify({ title: "X", municipalityAgs: "08416041" }), headers: { ...json, authorization: "Basic YWRtaW46YWRtaW4=" }, status: 401, code: "unauthorized" },
  { name: "a wrong token on a public read", path: () => "/v1/dialogues", method: "GET", headers: { authorization: "Bearer nope-nope-nope" }, status: 401, code: "unauthorized" },
  { name: "the wrong role (editor issues tokens)", path: () => "/v1/tokens", method: "POST", body: JSON.stringify({ role: "state-admin", label: "x" }), headers: { ...json }, status: 403, code: "forbidden" },
  { name: "the wrong municipality (editor creates an event)", path: () => `/v1/dialogues/${dialogue.id}/events`, method: "POST", body: JSON.stringify({ title: "E", startsAt: "2030-01-01T10:00:00+01:00", endsAt: "2030-01-01T12:00:00+01:00", capacity: 5 }), headers: { ...json }, status: 403, code: "forbidden" },
  { name: "an invalid event", path: () => `/v1/dialogues/${dialogue.id}/events`, method: "POST", body: JSON.stringify({ title: "", startsAt: "tomorrow", capacity: -1 }), headers: { ...json, ...admin() }, status: 400, code: "validation_failed", field: "title" },
  { name: "a measure change without reason", path: () => "/v1/measures/unknown", method: "PATCH", body: JSON.stringify({ progress: 50 }), headers: { ...json, ...admin() }, status: 400, code: "validation_failed", field: "reason" },
  { name: "a result of an unknown kind", path: () => `/v1/dialogues/${dialogue.id}/results`, method: "POST", body: JSON.stringify({ kind: "rumour", text: "x" }), headers: { ...json, ...admin() }, status: 400, code: "validation_failed", field: "kind" },
  { name: "a token without label", path: () => "/v1/tokens", method: "POST", body: JSON.stringify({ role: "municipality-editor", municipalityAgs: ["08111000"] }), headers: { ...json, ...admin() }, status: 400, code: "validation_failed", field: "label" },
  { name: "an editor token for no municipality", path: () => "/v1/tokens", method: "POST", body: JSON.stringify({ role: "municipality-editor", label: "x" }), headers: { ...json, ...admin() }, status: 400, code: "validation_failed", field: "municipalityAgs" },
  { name: "a prototype-polluting body", path: registrations, method: "POST", body: '{"__proto__": {"admin": true}, "name": "A", "email": "bad", "consent": true}', headers: json, status: 400, code: "validation_failed", field: "email" },
];

describe("hostile input", () => {
  for (const c of CASES) {
    it(`answers ${c.status} ${c.code} to ${c.name} and writes nothing`, async () => {
      const headers = { ...c.headers };
      if (c.name.startsWith("the wrong")) Object.assign(headers, admin(editorToken));
      const before = await counts();
      const res = await api.app.request(c.path(), { method: c.method, headers, ...(c.body !== undefined ? { body: c.body } : {}) });
      const body = (await res.json()) as { status: number; code: string; type: string; title: string; detail: string; instance: string; errors?: { path: string }[] };
      expect(res.status).toBe(c.status);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(body).toMatchObject({ status: c.status, code: c.code, type: expect.any(String), title: expect.any(String), detail: expect.any(String), instance: expect.stringMatching(/^\//) });
      if (c.field) expect(body.errors?.map((e) => e.path)).toContain(c.field);
      expect(await counts()).toEqual(before);
    });
  }

  it("leaves Object.prototype untouched by a __proto__ body", () => {
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});
