import * as z from "zod/mini";
import { REQUEST_SCHEMAS, RESPONSE_SCHEMAS } from "./schema-catalogue.js";
import type { RouteSpec } from "./route-spec.js";

type JsonSchema = Record<string, unknown>;

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  tags: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, JsonSchema> };
}

export interface Operation {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  security: Record<string, string[]>[];
  parameters: { name: string; in: "path" | "query"; required: boolean; description?: string; schema: JsonSchema }[];
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; headers?: Record<string, JsonSchema>; content?: Record<string, { schema: JsonSchema }> }>;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function componentSchemas(catalogue: Record<string, z.ZodMiniType>, io: "input" | "output"): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [name, schema] of Object.entries(catalogue)) registry.add(schema, { id: name });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, io, unrepresentable: "any" });
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema as JsonSchema;
      return [name, rest];
    }),
  );
}

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: "Invalid input (validation_failed, with `errors` naming each field) or malformed JSON (invalid_json).",
  401: "No or an invalid bearer token (unauthorized).",
  403: "The token may not do this (forbidden), or the site is not allowed to send this cross-origin.",
  404: "No such resource (not_found).",
  409: "Refused by the rules; see the `code`.",
  413: "The body exceeds the size limit (payload_too_large).",
  415: "The body is not application/json (unsupported_media_type).",
  429: "Too many requests from this client (rate_limited); see Retry-After.",
  503: "A dependency (the database) does not answer.",
};

/** The OpenAPI 3.1 document of exactly the routes the registry holds. */
export function buildOpenApiDocument(specs: readonly RouteSpec[], version: string): OpenApiDocument {
  const names = new Map<z.ZodMiniType, string>();
  for (const [name, schema] of [...Object.entries(REQUEST_SCHEMAS), ...Object.entries(RESPONSE_SCHEMAS)]) names.set(schema, name);
  const nameOf = (schema: z.ZodMiniType, where: string) => {
    const name = names.get(schema);
    if (!name) throw new Error(`${where} uses a schema that is not in the schema catalogue`);
    return name;
  };

  const paths: OpenApiDocument["paths"] = {};
  for (const spec of specs) {
    const where = `${spec.method.toUpperCase()} ${spec.path}`;
    const parameters: Operation["parameters"] = [];
    for (const name of spec.path.match(/\{(\w+)\}/g)?.map((p) => p.slice(1, -1)) ?? []) {
      parameters.push({ name, in: "path", required: true, description: spec.params?.[name] ?? "", schema: { type: "string" } });
    }
    if (spec.query) {
      const query = z.toJSONSchema(spec.query, { io: "input", unrepresentable: "any" }) as JsonSchema & { properties?: Record<string, JsonSchema>; required?: string[] };
      for (const [name, schema] of Object.entries(query.properties ?? {})) {
        parameters.push({ name, in: "query", required: query.required?.includes(name) ?? false, schema });
      }
    }
    const responses: Operation["responses"] = {};
    for (const [status, response] of Object.entries(spec.responses)) {
      const contentType = response.contentType ?? "application/json";
      const content: Record<string, { schema: JsonSchema }> = {};
      if (response.schema) content[contentType] = { schema: ref(nameOf(response.schema, where)) };
      else if (Number(status) !== 204 && Number(status) !== 304) content[contentType] = { schema: { type: "string" } };
      for (const alternative of response.alsoAs ?? []) content[alternative] = { schema: { type: "string" } };
      responses[status] = { description: response.description, ...(Object.keys(content).length > 0 ? { content } : {}) };
    }
    const problems = new Set(spec.problems ?? []);
    if (spec.body || spec.query) problems.add(400);
    if (spec.body) [413, 415].forEach((s) => problems.add(s));
    if (spec.access === "admin") problems.add(401);
    for (const status of [...problems].sort()) {
      responses[String(status)] = {
        description: PROBLEM_DESCRIPTIONS[status] ?? "Problem",
        ...(status === 429 ? { headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait." } } } : {}),
        content: { "application/problem+json": { schema: ref("Problem") } },
      };
    }
    const operation: Operation = {
      operationId: spec.operationId,
      tags: [spec.tag],
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      // Public routes take an optional token (an empty requirement means "none needed").
      security: spec.access === "admin" ? [{ bearer: [] }, { session: [] }] : [{}, { bearer: [] }, { session: [] }],
      parameters,
      ...(spec.body
        ? { requestBody: { required: !spec.bodyOptional, content: { "application/json": { schema: ref(nameOf(spec.body, where)) } } } }
        : {}),
      responses,
    };
    (paths[spec.path] ??= {})[spec.method] = operation;
  }

  return {
    openapi: "3.1.0",
    info: {
      title: "kfd API — Kommunale Flüchtlingsdialoge",
      version,
      description:
        "Public reads (dialogues, Steckbrief, map, events, calendar files), registrations, and the staff routes behind a bearer token. Errors are application/problem+json (RFC 9457) with a stable `code`.",
    },
    tags: [...new Set(specs.map((s) => s.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { ...componentSchemas(REQUEST_SCHEMAS, "input"), ...componentSchemas(RESPONSE_SCHEMAS, "output") },
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "KFD_ADMIN_TOKEN or a token issued by POST /v1/tokens." },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "kfd_session",
          description: "The staff console's session (POST /v1/session). Writes with it also need the session's CSRF token in X-CSRF-Token and a same-origin Origin header.",
        },
      },
    },
  };
}
