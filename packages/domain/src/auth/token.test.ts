import { describe, expect, it } from "vitest";
import { createdTokenSchema, tokenSummarySchema } from "./token.js";

describe("token schemas", () => {
  it("describe a listed token without its secret", () => {
    const summary = tokenSummarySchema.parse({
      tokenId: "t1",
      role: "municipality-editor",
      municipalityAgs: ["08111000"],
      label: "Stuttgart",
      createdAt: "2026-11-21T10:00:00+01:00",
      revokedAt: null,
      token: "must-not-survive",
    });
    expect(summary).not.toHaveProperty("token");
  });
  it("refuse an unknown role in a created token", () => {
    const r = createdTokenSchema.safeParse({ token: "x", principal: { tokenId: "t1", role: "king", municipalityAgs: [], label: "l" } });
    expect(r.success).toBe(false);
  });
});
