import { createApp, loadConfig } from "@kfd/api";
import { upsertMunicipalities } from "@kfd/db";
import { createTestDatabase, TEST_MUNICIPALITY, type TestDatabase } from "@kfd/db/testing";
import type { ClientOptions } from "../src/index.js";

export const ADMIN_TOKEN = "sdk-test-admin-token-0123456789";
export const BASE_URL = "http://kfd.test";

export interface ApiFixture {
  test: TestDatabase;
  /** SDK options that reach the real app in process, without a socket. */
  options: (token?: string) => ClientOptions;
  cleanup(): Promise<void>;
}

/** The real API app on a fresh SQLite file, with one municipality and a bootstrap admin token. */
export async function startApi(now: () => Date = () => new Date()): Promise<ApiFixture> {
  const test = await createTestDatabase("sqlite");
  await upsertMunicipalities(test.db, [TEST_MUNICIPALITY], now());
  const config = loadConfig({
    DATABASE_URL: test.url,
    KFD_ADMIN_TOKEN: ADMIN_TOKEN,
    KFD_RATE_LIMIT: "0",
    KFD_READ_CACHE_MS: "0",
    KFD_LOG: "0",
    KFD_DEMO_DIR: "/nonexistent",
    KFD_ADMIN_DIR: "/nonexistent",
  });
  const app = createApp({ db: test.db, config, now });
  const fetch = (input: string, init: RequestInit) => app.request(input, init);
  return {
    test,
    options: (token) => ({ baseUrl: BASE_URL, fetch, ...(token ? { token } : {}) }),
    cleanup: () => test.cleanup(),
  };
}
