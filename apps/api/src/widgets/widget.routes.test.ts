import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { widgetRoutes } from "./widget.routes.js";

const outer = mkdtempSync(join(tmpdir(), "kfd-widgets-"));
const root = join(outer, "dist");
mkdirSync(join(root, "chunks"), { recursive: true });
writeFileSync(join(root, "registration-form.js"), 'import "./chunks/chunk-ABC123.js";');
writeFileSync(join(root, "chunks", "chunk-ABC123.js"), "export const x = 1;");
writeFileSync(join(root, "secret.env"), "TOKEN=1");
writeFileSync(join(outer, "outside.js"), "nope");
afterAll(() => rmSync(outer, { recursive: true, force: true }));

const app = widgetRoutes({ root });

describe("widgetRoutes", () => {
  it("serves an entry file as JavaScript, for any origin, with short caching", async () => {
    const res = await app.request("/widgets/registration-form.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(res.headers.get("cache-control")).toBe("public, max-age=300, must-revalidate");
    expect(await res.text()).toContain("chunk-ABC123");
  });

  it("answers HEAD with the headers and no body", async () => {
    const res = await app.request("/widgets/registration-form.js", { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe(String('import "./chunks/chunk-ABC123.js";'.length));
    expect(await res.text()).toBe("");
  });

  it("lets browsers keep hashed chunks for a year", async () => {
    const res = await app.request("/widgets/chunks/chunk-ABC123.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("answers 304 to a matching If-None-Match", async () => {
    const first = await app.request("/widgets/registration-form.js");
    const again = await app.request("/widgets/registration-form.js", { headers: { "if-none-match": first.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });

  it("serves nothing but widget files from inside the folder", async () => {
    expect((await app.request("/widgets/secret.env")).status).toBe(404);
    expect((await app.request("/widgets/missing.js")).status).toBe(404);
    expect((await app.request("/widgets/../outside.js")).status).toBe(404);
    expect((await app.request("/widgets/%2e%2e/outside.js")).status).toBe(404);
    expect((await app.request("/widgets/chunks")).status).toBe(404);
  });
});
