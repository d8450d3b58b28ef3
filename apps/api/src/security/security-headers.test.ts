import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../testing/test-api.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

describe("security headers", () => {
  it("sends a no-source CSP, nosniff and DENY framing on JSON answers", async () => {
    const res = await api.request("/v1/map", { token: null });
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
  });

  it("keeps the demo page under a strict CSP without unsafe-inline or unsafe-eval", async () => {
    const res = await api.request("/", { token: null });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(res.headers.get("cross-origin-resource-policy")).toBe("same-origin");
  });

  it("serves the demo's assets with their media types and nothing of the package around them", async () => {
    const css = await api.request("/demo.css", { token: null });
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    const js = await api.request("/demo.js", { token: null });
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    for (const path of ["/package.json", "/tsconfig.json", "/node_modules/.modules.yaml", "/../api/package.json", "/%2e%2e/api/package.json"]) {
      const res = await api.request(path, { token: null });
      expect(res.status, path).toBe(404);
      expect(res.headers.get("content-type"), path).toBe("application/problem+json");
    }
  });

  it("lets other sites embed the widget files", async () => {
    const res = await api.request("/widgets/kfd-widgets.js", { token: null });
    expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });
});
