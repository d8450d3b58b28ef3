import { describe, expect, it } from "vitest";
import { directionOf, resolveLocale } from "./locale-codes.js";

describe("directionOf", () => {
  it("knows Arabic, Farsi and Dari are right-to-left", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("fa-IR")).toBe("rtl");
    expect(directionOf("prs")).toBe("rtl");
  });
  it("treats German, Ukrainian and Turkish as left-to-right", () => {
    for (const tag of ["de", "de-DE", "uk", "tr", "en-GB"]) expect(directionOf(tag)).toBe("ltr");
  });
});

describe("resolveLocale", () => {
  it("maps regional tags to the supported locale", () => {
    expect(resolveLocale("ar-SY")).toBe("ar");
    expect(resolveLocale("uk-UA")).toBe("uk");
  });
  it("maps Dari to Farsi and unknown languages to German", () => {
    expect(resolveLocale("prs")).toBe("fa");
    expect(resolveLocale("ti")).toBe("de");
    expect(resolveLocale(undefined)).toBe("de");
  });
});
