import { defineProject } from "vitest/config";

export default defineProject({ test: { name: "geodata", include: ["src/**/*.test.ts"] } });
