import { describe, expect, it } from "vitest";
import { escapeText, foldLine, icsDocument } from "./ics-text.js";

const octets = (s: string) => new TextEncoder().encode(s).length;

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and line breaks", () => {
    expect(escapeText("a\\b;c,d\r\ne\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });
});

describe("foldLine", () => {
  it("leaves lines of up to 75 octets alone", () => {
    const line = `SUMMARY:${"x".repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });
  it("folds longer lines into lines of at most 75 octets that unfold to the original", () => {
    const line = `DESCRIPTION:${"Begegnung im Rathaus, ".repeat(12)}`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n")) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.split("\r\n").slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });
  it("never splits a multi-byte character", () => {
    const line = `SUMMARY:${"حوار المجتمع المحلي ".repeat(8)}ü€😀`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n")) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain("\uFFFD");
    }
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });
});

describe("icsDocument", () => {
  it("ends every line with CRLF", () => {
    const doc = icsDocument(["BEGIN:VCALENDAR", "END:VCALENDAR"]);
    expect(doc).toBe("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  });
});
