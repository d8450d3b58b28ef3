import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "api",
    include: ["src/**/*.test.ts"],
    // Process tests build and start the real server; they need more than the default 5 s.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
