import type { AppServices } from "../services.js";
import { DOCS_STYLE_HASH, renderDocsPage } from "./docs-page.js";
import { buildOpenApiDocument, type OpenApiDocument } from "./openapi-document.js";

export const API_VERSION = "1.0.0";

export const DOCS_CSP = `default-src 'none'; style-src ${DOCS_STYLE_HASH}; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

export function registerOpenApiRoutes(s: AppServices): void {
  // Built on first use: by then every module has added its routes.
  let document: { json: string; html: string; doc: OpenApiDocument } | undefined;
  const built = () => {
    if (!document) {
      const doc = buildOpenApiDocument(s.routes.specs, API_VERSION);
      document = { doc, json: JSON.stringify(doc), html: renderDocsPage(doc) };
    }
    return document;
  };

  s.routes.add(
    {
      method: "get",
      path: "/openapi.json",
      operationId: "getOpenApiDocument",
      tag: "Service",
      summary: "This API's OpenAPI 3.1 document",
      description: "Generated from the same zod schemas the server validates with.",
      access: "public",
      responses: { 200: { description: "The OpenAPI document." } },
    },
    (c) => c.body(built().json, 200, { "Content-Type": "application/json; charset=utf-8" }),
  );

  s.routes.add(
    {
      method: "get",
      path: "/docs",
      operationId: "getApiReference",
      tag: "Service",
      summary: "Human-readable API reference (HTML), rendered from the OpenAPI document",
      access: "public",
      responses: { 200: { description: "The reference page.", contentType: "text/html" } },
    },
    (c) => c.body(built().html, 200, { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": DOCS_CSP }),
  );
}
