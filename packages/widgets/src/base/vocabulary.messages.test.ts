import { describe, expect, it } from "vitest";
import { ACTOR_GROUPS, LOCALES, MEASURE_STATUSES, METHODS, MUNICIPALITY_KINDS, PHASES, SOURCE_LOCALE, STANDARD_TOPICS } from "@kfd/domain";
import type { LocaleModule } from "@lit/localize";
import { VOCABULARY_SOURCE_TEXT } from "./vocabulary.messages.js";

const expectedIds = Object.keys(VOCABULARY_SOURCE_TEXT).map((key) => `vocab.${key}`).sort();

describe("the shared vocabulary", () => {
  it("names every kind, phase, method, measure status, actor group and standard topic of the domain", () => {
    const needed = [
      ...MUNICIPALITY_KINDS.map((k) => `kind.${k}`),
      ...PHASES.map((p) => `phase.${p}`),
      ...METHODS.map((m) => `method.${m}`),
      ...MEASURE_STATUSES.map((s) => `status.${s}`),
      ...ACTOR_GROUPS.map((g) => `actor.${g}`),
      ...STANDARD_TOPICS.map((t) => `topic.${t.slug}`),
    ];
    expect(needed.filter((key) => !(key in VOCABULARY_SOURCE_TEXT))).toEqual([]);
  });
});

describe.each(LOCALES.filter((l) => l !== SOURCE_LOCALE))("the vocabulary's %s translations", (locale) => {
  const load = async () => ((await import(`../locales/${locale}.ts`)) as LocaleModule).templates;

  it("cover every word and no stale one, each as real text", async () => {
    const templates = await load();
    expect(Object.keys(templates).filter((id) => id.startsWith("vocab.")).sort()).toEqual(expectedIds);
    for (const id of expectedIds) expect(String(templates[id]).trim(), id).not.toBe("");
  });

  it("translate the words rather than repeat the German", async () => {
    const templates = await load();
    for (const key of ["phase.preparation", "status.planned", "actor.gefluechtete", "topic.bauen-wohnen"] as const) {
      expect(templates[`vocab.${key}`], key).not.toBe(VOCABULARY_SOURCE_TEXT[key]);
    }
  });
});
