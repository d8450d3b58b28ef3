import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staticFiles } from "./static-files.js";

let dir: string;
let app: Hono;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kfd-static-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>Konsole</title>");
  writeFileSync(join(dir, "assets", "app-AB12CD34.js"), "import('./results-EF56GH78.js');");
  writeFileSync(join(dir, "assets", "results-EF56GH78.js"), "export {};");
  writeFileSync(join(dir, "assets", "settings.js"), "export {};");
  app = new Hono();
  app.get("/admin/*", staticFiles(dir, { prefix: "/admin", htmlCsp: "default-src 'self'", spaFallback: true, hashedNames: /^assets\/[^/]+-[A-Z0-9]{8}\.js$/ }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("staticFiles", () => {
  it("lets browsers keep files with a hashed name for a year", async () => {
    for (const path of ["/admin/assets/app-AB12CD34.js", "/admin/assets/results-EF56GH78.js"]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toBe("text/javascript; charset=utf-8");
      expect(res.headers.get("cache-control"), path).toBe("public, max-age=31536000, immutable");
    }
  });

  it("makes browsers ask again for the page and for files whose name stays across releases", async () => {
    for (const path of ["/admin/", "/admin/dialoge/42/ergebnisse", "/admin/assets/settings.js"]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("cache-control"), path).toBe("no-cache");
    }
  });

  it("answers a chunk that is gone with 404, not with the page", async () => {
    const res = await app.request("/admin/assets/results-OLD00000.js");
    expect(res.status).toBe(404);
  });
});
