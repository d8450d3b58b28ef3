import { LOCALES, METHOD_TEMPLATES, type Locale } from "@kfd/domain";
import { describe, expect, it } from "vitest";
import type { TemplateMessageId, TemplateMessages } from "./templates/template-messages.js";

/** Every text of the method templates, by the id a translation keys it with, and its German from the domain. */
function germanTemplateTexts(): Map<TemplateMessageId, string> {
  const texts = new Map<TemplateMessageId, string>();
  for (const template of METHOD_TEMPLATES) {
    texts.set(`summary.${template.method}`, template.summary);
    for (const step of template.agenda) {
      texts.set(`agenda.${step.key}.title`, step.title);
      texts.set(`agenda.${step.key}.description`, step.description);
    }
    for (const item of template.checklist) texts.set(`checklist.${item.key}`, item.text);
  }
  return texts;
}

const german = germanTemplateTexts();

async function templatesOf(locale: Exclude<Locale, "de">): Promise<Record<string, string | undefined>> {
  const { templates } = (await import(`./templates/${locale}.ts`)) as { templates: TemplateMessages };
  return templates;
}

describe.each(LOCALES.filter((l): l is Exclude<Locale, "de"> => l !== "de"))("the method templates in %s", (locale) => {
  it("key nothing the domain's templates do not have", async () => {
    const unknown = Object.keys(await templatesOf(locale)).filter((id) => !german.has(id as TemplateMessageId));
    expect(unknown, `${locale}: keys no template has (renamed or removed in @kfd/domain?)`).toEqual([]);
  });

  // No template text is a mere name, so none may stay in German.
  it("translate every summary, Musterablauf step and checklist item", async () => {
    const templates = await templatesOf(locale);
    const untranslated = [...german].filter(([id, text]) => !templates[id]?.trim() || templates[id] === text).map(([id]) => id);
    expect(untranslated, `${locale}: ${untranslated.length} of ${german.size} template texts not translated`).toEqual([]);
  });
});
