import { createHash } from "node:crypto";
import type { OpenApiDocument, Operation } from "./openapi-document.js";

type JsonSchema = Record<string, unknown>;

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const anchor = (s: string) => s.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase();

const STYLE = `
:root { color-scheme: light dark; --accent: #0b5cad; --muted: #5b6470; --line: #d6dbe1; --code: #f3f5f7; }
@media (prefers-color-scheme: dark) { :root { --accent: #7db7f5; --muted: #a3acb7; --line: #3a4048; --code: #1f2429; } }
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 4rem; }
h1 { font-size: 1.8rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid var(--line); } h3 { margin: 0; font-size: 1.05rem; }
a { color: var(--accent); } code, pre { font-family: ui-monospace, monospace; background: var(--code); border-radius: 4px; }
code { padding: 0 .25em; } .op { border: 1px solid var(--line); border-radius: 8px; padding: 1rem; margin: 1rem 0; }
.method { display: inline-block; min-width: 4.5em; font-weight: 700; text-transform: uppercase; }
.get { color: #1a7f37; } .post { color: #0b5cad; } .patch { color: #9a6700; } .delete { color: #cf222e; }
@media (prefers-color-scheme: dark) { .get { color: #56d364; } .post { color: #7db7f5; } .patch { color: #e3b341; } .delete { color: #ff7b72; } }
.muted { color: var(--muted); } table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .95rem; }
th, td { text-align: start; vertical-align: top; border-bottom: 1px solid var(--line); padding: .3rem .5rem .3rem 0; }
nav ul { columns: 2; } .badge { font-size: .8rem; border: 1px solid var(--line); border-radius: 4px; padding: 0 .35em; margin-inline-start: .5em; }
`;

/** The hash the CSP allows for the inline stylesheet: the page works without any 'unsafe-inline'. */
export const DOCS_STYLE_HASH = `'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`;

function typeOf(schema: JsonSchema | undefined): string {
  if (!schema) return "";
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.split("/").pop() ?? "";
    return `<a href="#schema-${anchor(name)}">${escapeHtml(name)}</a>`;
  }
  const union = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (union) return union.map(typeOf).join(" | ");
  if (schema.const !== undefined) return `<code>${escapeHtml(JSON.stringify(schema.const))}</code>`;
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => `<code>${escapeHtml(JSON.stringify(v))}</code>`).join(" | ");
  if (schema.type === "array") return `${typeOf(schema.items as JsonSchema)}[]`;
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : String(schema.type ?? "any");
  return escapeHtml(schema.format ? `${type} (${String(schema.format)})` : type);
}

function constraints(schema: JsonSchema): string {
  const notes: string[] = [];
  const keys: [string, string][] = [
    ["minLength", "min length"],
    ["maxLength", "max length"],
    ["minimum", "≥"],
    ["maximum", "≤"],
    ["minItems", "min items"],
    ["maxItems", "max items"],
  ];
  for (const [key, label] of keys) if (typeof schema[key] === "number" && Math.abs(schema[key] as number) < 1e15) notes.push(`${label} ${String(schema[key])}`);
  if (schema.default !== undefined) notes.push(`default <code>${escapeHtml(JSON.stringify(schema.default))}</code>`);
  if (typeof schema.description === "string") notes.push(escapeHtml(schema.description));
  return notes.join("; ");
}

function propertiesTable(schema: JsonSchema): string {
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (!properties) return `<p>${typeOf(schema)}</p>`;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const rows = Object.entries(properties).map(([name, prop]) => {
    const nested = prop.type === "object" && prop.properties ? `<details><summary>fields</summary>${propertiesTable(prop)}</details>` : "";
    return `<tr><td><code>${escapeHtml(name)}</code>${required.has(name) ? "" : ' <span class="muted">optional</span>'}</td><td>${typeOf(prop)}${nested}</td><td>${constraints(prop)}</td></tr>`;
  });
  return `<table><thead><tr><th>Field</th><th>Type</th><th>Notes</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function paragraphs(text: string | undefined): string {
  if (!text) return "";
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/`([^`]+)`/g, "<code>$1</code>")}</p>`)
    .join("");
}

function operationHtml(method: string, path: string, op: Operation): string {
  const admin = op.security.length === 1;
  const params = op.parameters.length
    ? `<h4>Parameters</h4><table><thead><tr><th>Name</th><th>In</th><th>Type</th><th>Notes</th></tr></thead><tbody>${op.parameters
        .map((p) => `<tr><td><code>${escapeHtml(p.name)}</code>${p.required ? "" : ' <span class="muted">optional</span>'}</td><td>${p.in}</td><td>${typeOf(p.schema)}</td><td>${escapeHtml(p.description ?? "")} ${constraints(p.schema)}</td></tr>`)
        .join("")}</tbody></table>`
    : "";
  const body = op.requestBody
    ? `<h4>Body${op.requestBody.required ? "" : " (optional)"}</h4>${Object.entries(op.requestBody.content)
        .map(([type, c]) => `<p><code>${escapeHtml(type)}</code>: ${typeOf(c.schema)}</p>`)
        .join("")}`
    : "";
  const responses = `<h4>Responses</h4><table><thead><tr><th>Status</th><th>Meaning</th><th>Content</th></tr></thead><tbody>${Object.entries(op.responses)
    .map(
      ([status, r]) =>
        `<tr><td>${status}</td><td>${escapeHtml(r.description)}</td><td>${Object.entries(r.content ?? {})
          .map(([type, c]) => `<code>${escapeHtml(type)}</code> ${typeOf(c.schema)}`)
          .join("<br>")}</td></tr>`,
    )
    .join("")}</tbody></table>`;
  return `<section class="op" id="${anchor(op.operationId)}"><h3><span class="method ${method}">${method}</span> <code>${escapeHtml(path)}</code>${admin ? '<span class="badge">bearer token</span>' : ""}</h3><p><strong>${escapeHtml(op.summary)}</strong></p>${paragraphs(op.description)}${params}${body}${responses}</section>`;
}

/** A readable, self-contained reference page (no scripts, no CDN) rendered from the OpenAPI document. */
export function renderDocsPage(doc: OpenApiDocument): string {
  const byTag = new Map<string, string[]>();
  const toc = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags[0] ?? "Other";
      (byTag.get(tag) ?? byTag.set(tag, []).get(tag)!).push(operationHtml(method, path, op));
      (toc.get(tag) ?? toc.set(tag, []).get(tag)!).push(`<li><a href="#${anchor(op.operationId)}"><span class="method ${method}">${method}</span> ${escapeHtml(path)}</a></li>`);
    }
  }
  const sections = [...byTag].map(([tag, ops]) => `<h2 id="tag-${anchor(tag)}">${escapeHtml(tag)}</h2>${ops.join("")}`).join("");
  const schemas = Object.entries(doc.components.schemas)
    .map(([name, schema]) => `<section class="op" id="schema-${anchor(name)}"><h3>${escapeHtml(name)}</h3>${propertiesTable(schema)}</section>`)
    .join("");
  const nav = [...toc].map(([tag, items]) => `<h3>${escapeHtml(tag)}</h3><ul>${items.join("")}</ul>`).join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)} — API reference</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(doc.info.title)}</h1><p>${escapeHtml(doc.info.description)}</p><p class="muted">Version ${escapeHtml(doc.info.version)} · machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1)</p></header>
<main>
<nav aria-label="Routes">${nav}<p><a href="#schemas">Schemas</a></p></nav>
${sections}
<h2 id="schemas">Schemas</h2>
${schemas}
</main>
</body>
</html>
`;
}
