import { defineProject } from "vitest/config";

// No tests of its own: its helpers are proven by packages/widgets/test/harness.test.ts, which
// plants violations and checks they are caught.
export default defineProject({ test: { name: "browser-testing", include: ["src/**/*.test.ts"], passWithNoTests: true } });
