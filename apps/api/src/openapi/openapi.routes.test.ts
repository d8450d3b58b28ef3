import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../testing/test-api.js";

interface Doc {
  openapi: string;
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, { content?: Record<string, { schema: unknown }> }>; requestBody?: unknown }>>;
  components: { schemas: Record<string, unknown> };
}

let api: TestApi;
let doc: Doc;
beforeAll(async () => {
  api = await createTestApi();
  doc = (await (await api.request("/openapi.json", { token: null })).json()) as Doc;
});
afterAll(() => api.close());

const CONTRACT: [string, string][] = [
  ["get", "/health"],
  ["get", "/openapi.json"],
  ["get", "/v1/dialogues"],
  ["post", "/v1/dialogues"],
  ["get", "/v1/dialogues/{idOrSlug}"],
  ["patch", "/v1/dialogues/{idOrSlug}"],
  ["post", "/v1/dialogues/{idOrSlug}/phase"],
  ["post", "/v1/dialogues/{idOrSlug}/publish"],
  ["post", "/v1/dialogues/{idOrSlug}/unpublish"],
  ["get", "/v1/dialogues/{idOrSlug}/steckbrief"],
  ["get", "/v1/dialogues/{idOrSlug}/events"],
  ["post", "/v1/dialogues/{idOrSlug}/events"],
  ["get", "/v1/map"],
  ["get", "/v1/events/{id}"],
  ["patch", "/v1/events/{id}"],
  ["post", "/v1/events/{id}/cancel"],
  ["get", "/v1/events/{id}/calendar.ics"],
  ["post", "/v1/events/{id}/registrations"],
  ["get", "/v1/events/{id}/registrations"],
  ["delete", "/v1/registrations/{cancelToken}"],
  ["post", "/v1/registrations/{id}/attendance"],
  ["post", "/v1/dialogues/{idOrSlug}/results"],
  ["get", "/v1/dialogues/{idOrSlug}/results"],
  ["post", "/v1/dialogues/{idOrSlug}/working-groups"],
  ["get", "/v1/dialogues/{idOrSlug}/working-groups"],
  ["post", "/v1/dialogues/{idOrSlug}/measures"],
  ["get", "/v1/dialogues/{idOrSlug}/measures"],
  ["patch", "/v1/measures/{id}"],
  ["post", "/v1/tokens"],
  ["get", "/v1/tokens"],
  ["delete", "/v1/tokens/{id}"],
];

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

describe("GET /openapi.json", () => {
  it("is OpenAPI 3.1 and lists every route of the contract", () => {
    expect(doc.openapi).toBe("3.1.0");
    for (const [method, path] of CONTRACT) expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
  });

  it("has unique operation ids and only references that resolve", () => {
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((o) => o.operationId));
    expect(new Set(ids).size).toBe(ids.length);
    for (const ref of refsIn(doc)) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[ref.split("/").pop()!], ref).toBeDefined();
    }
  });

  it("documents the domain's schemas: what a registration needs and what it answers", () => {
    const input = doc.components.schemas.RegistrationInput as { required: string[]; properties: Record<string, unknown> };
    expect(input.required.sort()).toEqual(["consent", "email", "name"]);
    expect(input.properties).toHaveProperty("childcare");
    const register = doc.paths["/v1/events/{id}/registrations"]!.post!;
    expect(register.responses["201"]?.content?.["application/json"]?.schema).toEqual({ $ref: "#/components/schemas/RegistrationReceipt" });
    expect(register.responses["409"]?.content).toHaveProperty("application/problem+json");
    const receipt = doc.components.schemas.RegistrationReceipt as { properties: Record<string, unknown> };
    expect(Object.keys(receipt.properties).sort()).toEqual(["cancelToken", "id", "status", "waitlistPosition"]);
    const map = doc.paths["/v1/map"]!.get!;
    expect(map.responses["200"]?.content).toHaveProperty("application/geo+json");
  });
});

describe("GET /docs", () => {
  it("is a self-contained HTML page under a strict CSP, rendered from the document", async () => {
    const res = await api.request("/docs", { token: null });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    const html = await res.text();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="https?:\/\//);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const { createHash } = await import("node:crypto");
    expect(csp).toContain(`'sha256-${createHash("sha256").update(style).digest("base64")}'`);
    for (const [method, path] of CONTRACT) expect(html, `${method} ${path}`).toContain(`<span class="method ${method}">${method}</span> <code>${path}</code>`);
    expect(html).toContain('id="schema-registrationinput"');
  });
});
