import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("has the documented defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: "file:./data/kfd.sqlite", adminToken: undefined, demo: false, rateLimitPerMinute: 30, embedOrigins: [], readCacheMs: 2000, bodyLimitBytes: 65536, requestLog: true });
  });

  it("reads every variable", () => {
    const config = loadConfig({
      PORT: "8080",
      DATABASE_URL: "postgres://kfd@db/kfd",
      KFD_ADMIN_TOKEN: "a-long-enough-admin-token",
      KFD_DEMO: "1",
      KFD_RATE_LIMIT: "0",
      KFD_EMBED_ORIGINS: "https://www.tuebingen.de, https://verband.example:8443/",
      KFD_READ_CACHE_MS: "500",
      KFD_LOG: "0",
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: "postgres://kfd@db/kfd",
      adminToken: "a-long-enough-admin-token",
      demo: true,
      rateLimitPerMinute: 0,
      embedOrigins: ["https://www.tuebingen.de", "https://verband.example:8443"],
      readCacheMs: 500,
      requestLog: false,
    });
  });

  it.each([
    [{ PORT: "abc" }, /PORT/],
    [{ PORT: "70000" }, /PORT/],
    [{ KFD_RATE_LIMIT: "-1" }, /KFD_RATE_LIMIT/],
    [{ KFD_DEMO: "maybe" }, /KFD_DEMO/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL/],
    [{ KFD_EMBED_ORIGINS: "not a url" }, /KFD_EMBED_ORIGINS/],
    [{ KFD_EMBED_ORIGINS: "https://a.example/path" }, /KFD_EMBED_ORIGINS/],
    [{ KFD_ADMIN_TOKEN: "short" }, /KFD_ADMIN_TOKEN/],
  ])("names the variable of a wrong value %j", (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it("hides a password in a wrong DATABASE_URL", () => {
    expect(() => loadConfig({ DATABASE_URL: "mysql://user:secret@host/db" })).toThrow(/\*\*\*/);
  });
});
