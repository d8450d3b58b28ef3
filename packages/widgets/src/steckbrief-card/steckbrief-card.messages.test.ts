import { describe, expect, it } from "vitest";
import { LOCALES, SOURCE_LOCALE } from "@kfd/domain";
import type { LocaleModule } from "@lit/localize";
import { CARD_SOURCE_TEXT } from "./steckbrief-card.messages.js";

/** Messages with values live at their `msg(str…)` call sites, with these many values. */
const VALUE_MESSAGES = { "card.measuresSummary": 3, "card.smallCounts": 1 } as const;
const expectedIds = [...Object.keys(CARD_SOURCE_TEXT).map((key) => `card.${key}`), ...Object.keys(VALUE_MESSAGES)].sort();

const targets = LOCALES.filter((l) => l !== SOURCE_LOCALE);

describe.each(targets)("the card's %s translations", (locale) => {
  const load = async () => ((await import(`../locales/${locale}.ts`)) as LocaleModule).templates;

  it("cover every message of the card and no stale one", async () => {
    const ids = Object.keys(await load())
      .filter((id) => id.startsWith("card."))
      .sort();
    expect(ids).toEqual(expectedIds);
  });

  it("are real text, and the ones with values use each value once", async () => {
    const templates = await load();
    for (const id of expectedIds) {
      const template = templates[id];
      if (typeof template === "string") {
        expect(template.trim(), id).not.toBe("");
        continue;
      }
      const values = (template as { values: number[] }).values;
      expect([...values].sort(), id).toEqual([...Array(VALUE_MESSAGES[id as keyof typeof VALUE_MESSAGES]).keys()]);
    }
  });

  it("translate the card's own sentences rather than repeat the German", async () => {
    const templates = await load();
    for (const key of ["eyebrow", "occasion", "measures", "notFound", "networkError", "loading"] as const) {
      expect(templates[`card.${key}`], key).not.toBe(CARD_SOURCE_TEXT[key]);
    }
  });
});
