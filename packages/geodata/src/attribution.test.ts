import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ATTRIBUTION } from "./attribution.js";

describe("ATTRIBUTION", () => {
  it("is the source note BKG requires, recorded verbatim in both READMEs", () => {
    expect(ATTRIBUTION).toBe("© GeoBasis-DE / BKG 2016, Daten verändert");
    for (const readme of ["../README.md", "../data/README.md"]) {
      expect(readFileSync(new URL(readme, import.meta.url), "utf8")).toContain(ATTRIBUTION);
    }
  });
});
