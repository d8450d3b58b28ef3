import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { LOCALES, SOURCE_LOCALE } from "@kfd/domain";
import type { LocaleModule } from "@lit/localize";
import { MAP_SOURCE_TEXT } from "./results-map.messages.js";

/** Messages with values live at their `msg(str…)` call sites, with these many values. */
const VALUE_MESSAGES = { "map.marker": 3, "map.markerNoYear": 2, "map.cluster": 2, "map.count": 2, "map.showAll": 1 } as const;
const expectedIds = [...Object.keys(MAP_SOURCE_TEXT).map((key) => `map.${key}`), ...Object.keys(VALUE_MESSAGES)].sort();

describe("the map's message ids", () => {
  it("are exactly those its source uses", () => {
    const source = readFileSync(new URL("./results-map.component.ts", import.meta.url), "utf8");
    const used = [...source.matchAll(/id: "(map\.[\w.-]+)"/g)].map((m) => m[1]);
    expect(used.sort()).toEqual(Object.keys(VALUE_MESSAGES).sort());
  });
});

describe.each(LOCALES.filter((l) => l !== SOURCE_LOCALE))("the map's %s translations", (locale) => {
  const load = async () => ((await import(`../locales/${locale}.ts`)) as LocaleModule).templates;

  it("cover every message of the map and no stale one", async () => {
    const ids = Object.keys(await load()).filter((id) => id.startsWith("map.")).sort();
    expect(ids).toEqual(expectedIds);
  });

  it("are real text, the ones with values use each value once, and sentences are translated", async () => {
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
    for (const key of ["label", "keyboardHint", "table", "empty", "error", "showOnMap"] as const) {
      expect(templates[`map.${key}`], key).not.toBe(MAP_SOURCE_TEXT[key]);
    }
  });
});
