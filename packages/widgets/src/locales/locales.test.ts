import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LocaleModule } from "@lit/localize";
import { LOCALES, SOURCE_LOCALE } from "@kfd/domain";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const src = join(dirname(fileURLToPath(import.meta.url)), "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "locales" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Every `msg(source, { id: "literal" })` in the widgets, with the number of values its source takes. */
function messagesInSource(): Map<string, number> {
  const found = new Map<string, number>();
  for (const file of sourceFiles(src)) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "msg") {
        const [template, options] = node.arguments;
        const idProperty =
          options && ts.isObjectLiteralExpression(options)
            ? options.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(source) === "id")
            : undefined;
        if (idProperty && ts.isStringLiteral(idProperty.initializer)) {
          const values = template && ts.isTaggedTemplateExpression(template) && ts.isTemplateExpression(template.template) ? template.template.templateSpans.length : 0;
          found.set(idProperty.initializer.text, values);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const messages = messagesInSource();
const targets = LOCALES.filter((l) => l !== SOURCE_LOCALE);

describe("translations", () => {
  it("finds the registration form's messages in the source", () => {
    expect(messages.get("form.submit")).toBe(0);
    expect(messages.get("form.event.seatsLeft")).toBe(1);
  });

  it.each(targets)("%s translates every message with the same values", async (locale) => {
    const { templates } = (await import(`./${locale}.ts`)) as LocaleModule;
    const problems: string[] = [];
    for (const [id, valueCount] of messages) {
      const translated = templates[id];
      if (translated === undefined) {
        problems.push(`${id}: missing`);
        continue;
      }
      const used = typeof translated === "string" ? [] : (translated.values as number[]);
      const expected = Array.from({ length: valueCount }, (_, i) => i);
      if ([...used].sort().join() !== expected.join()) problems.push(`${id}: uses values ${used.join(",") || "none"} but the source has ${valueCount}`);
      if (typeof translated === "string" && translated.trim() === "") problems.push(`${id}: empty`);
    }
    expect(problems).toEqual([]);
  });
});
