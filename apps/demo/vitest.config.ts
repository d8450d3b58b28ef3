import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "demo",
    include: ["test/**/*.test.ts"],
    // The browser test starts the real API and a headless Chromium.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
