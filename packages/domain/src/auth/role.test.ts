import { describe, expect, it } from "vitest";
import { createTokenSchema, mayManageMunicipality } from "./role.js";

describe("mayManageMunicipality", () => {
  it("lets a state admin manage any municipality", () => {
    expect(mayManageMunicipality({ role: "state-admin", municipalityAgs: [] }, "08111000")).toBe(true);
  });
  it("limits an editor to the municipalities on the token", () => {
    const editor = { role: "municipality-editor" as const, municipalityAgs: ["08111000"] };
    expect(mayManageMunicipality(editor, "08111000")).toBe(true);
    expect(mayManageMunicipality(editor, "08221000")).toBe(false);
  });
});

describe("createTokenSchema", () => {
  it("rejects an unknown role and a malformed AGS", () => {
    expect(createTokenSchema.safeParse({ role: "root", label: "x" }).success).toBe(false);
    expect(createTokenSchema.safeParse({ role: "municipality-editor", municipalityAgs: ["12"], label: "x" }).success).toBe(false);
  });
});
