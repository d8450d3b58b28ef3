import { describe, expect, it } from "vitest";
import { EVENT_FORMATS, LOCALES, MEASURE_STATUSES, MUNICIPALITY_KINDS, PARTICIPANT_GROUPS, PHASES, SOURCE_LOCALE, STANDARD_TOPICS } from "@kfd/domain";
import type { LocaleModule } from "@lit/localize";
import { hasMessage, STATS_SOURCE_TEXT } from "./stats.messages.js";

/** Messages with values live at their `msg(str…)` call sites, with these many values. */
const VALUE_MESSAGES = { "stats.belowThreshold": 1, "stats.progressText": 3, "stats.generatedAt": 1 } as const;
const expectedIds = [...Object.keys(STATS_SOURCE_TEXT).map((key) => `stats.${key}`), ...Object.keys(VALUE_MESSAGES)].sort();

const targets = LOCALES.filter((l) => l !== SOURCE_LOCALE);

describe("the statistics' German texts", () => {
  it("name every category the API counts by", () => {
    const keys = [
      ...MUNICIPALITY_KINDS.map((k) => `kind.${k}`),
      ...PHASES.map((p) => `phase.${p}`),
      ...MEASURE_STATUSES.map((s) => `status.${s}`),
      ...PARTICIPANT_GROUPS.map((g) => `actor.${g}`),
      ...EVENT_FORMATS.map((f) => `format.${f}`),
      ...STANDARD_TOPICS.map((t) => `topic.${t.slug}`),
      ...["interpreting", "childcare", "accessibility"].map((n) => `need.${n}`),
    ];
    expect(keys.filter((k) => !hasMessage(k))).toEqual([]);
  });
});

describe.each(targets)("the statistics' %s translations", (locale) => {
  const load = async () => ((await import(`../locales/${locale}.ts`)) as LocaleModule).templates;

  it("cover every message of the widget and no stale one", async () => {
    const ids = Object.keys(await load())
      .filter((id) => id.startsWith("stats."))
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

  it("translate the widget's own sentences rather than repeat the German", async () => {
    const templates = await load();
    for (const key of ["title", "smallCounts", "hiddenNote", "error", "loading", "exportCsv", "byTopic"] as const) {
      expect(templates[`stats.${key}`], key).not.toBe(STATS_SOURCE_TEXT[key]);
    }
  });

  it("quote their own word for a hidden count in the note that explains it", async () => {
    const templates = await load();
    expect(templates["stats.hiddenNote"]).toContain(templates["stats.hidden"] as string);
  });
});
