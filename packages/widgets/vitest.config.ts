import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "widgets",
    environment: "node",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser and one API per file; files run one after another to spare the two shared cores.
    fileParallelism: false,
  },
});
