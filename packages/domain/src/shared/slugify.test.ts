import { describe, expect, it } from "vitest";
import { slugify } from "./slugify.js";

describe("slugify", () => {
  it("transliterates German umlauts and ß", () => {
    expect(slugify("Schwäbisch Gmünd – Frauendialog")).toBe("schwaebisch-gmuend-frauendialog");
    expect(slugify("Straße der Begegnung")).toBe("strasse-der-begegnung");
  });
  it("strips accents, punctuation and edge hyphens", () => {
    expect(slugify("  Café & Co.! ")).toBe("cafe-co");
  });
  it("keeps slugs at most 80 characters without a trailing hyphen", () => {
    const s = slugify("a ".repeat(100));
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s.endsWith("-")).toBe(false);
  });
});
