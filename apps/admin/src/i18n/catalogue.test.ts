import { LOCALES, type Locale } from "@kfd/domain";
import { describe, expect, it } from "vitest";
import { de, type Messages } from "./de.js";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
const pluralBases = new Set(Object.keys(de).filter((k) => k.endsWith(".other")).map((k) => k.slice(0, -".other".length)));
const EXTRA_PLURAL_FORM = /^(.*)\.(zero|two|few|many)$/;

describe.each(LOCALES.filter((l): l is Exclude<Locale, "de"> => l !== "de"))("the console in %s", (locale) => {
  it("has every German message, with the same placeholders, and nothing else", async () => {
    const { messages } = (await import(`./locales/${locale}.ts`)) as { messages: Messages };
    const translated = messages as Record<string, string>;
    for (const [id, german] of Object.entries(de)) {
      expect(translated[id], `${locale}: ${id}`).toBeTypeOf("string");
      expect(translated[id]!.trim(), `${locale}: ${id} is empty`).not.toBe("");
      expect(placeholders(translated[id]!), `${locale}: ${id}`).toEqual(placeholders(german));
    }
    for (const [id, text] of Object.entries(translated)) {
      if (id in de) continue;
      const plural = id.match(EXTRA_PLURAL_FORM);
      expect(plural && pluralBases.has(plural[1]!), `${locale}: ${id} is not a message of the console`).toBe(true);
      expect(placeholders(text).every((p) => placeholders(de[`${plural![1]}.other` as keyof typeof de]).includes(p)), `${locale}: ${id}`).toBe(true);
    }
  });

  it("is translated, not a copy of the German", async () => {
    const { messages } = (await import(`./locales/${locale}.ts`)) as { messages: Messages };
    const ids = Object.keys(de) as (keyof typeof de)[];
    const unchanged = ids.filter((id) => messages[id] === de[id]);
    // Names (World-Café, Open Space, kfd) rightly stay as they are; whole screens must not.
    expect(unchanged.length / ids.length, `${locale}: unchanged ${unchanged.slice(0, 20).join(", ")}`).toBeLessThan(0.1);
  });
});
