import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Metafile } from "esbuild";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const meta = JSON.parse(readFileSync(join(root, "dist", "meta.json"), "utf8")) as Metafile;

/** The files a browser fetches before the widget can render: the entry and its static imports. */
function upFront(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const dep of meta.outputs[entry]?.imports ?? []) if (dep.kind === "import-statement") upFront(dep.path, seen);
  return seen;
}

const inputsOf = (files: Iterable<string>) => [...files].flatMap((f) => Object.keys(meta.outputs[f]?.inputs ?? {}));

describe("the built widgets", () => {
  it("contain nothing a strict CSP without 'unsafe-eval' would block", () => {
    for (const file of Object.keys(meta.outputs).filter((f) => f.endsWith(".js"))) {
      const code = readFileSync(join(root, file), "utf8");
      expect(code, file).not.toMatch(/new Function\s*\(|\beval\s*\(/);
    }
  });

  it("load the registration form without zod and without any translation up front", () => {
    const inputs = inputsOf(upFront("dist/registration-form.js"));
    expect(inputs.some((i) => i.includes("src/registration-form/registration-form.component.ts"))).toBe(true);
    expect(inputs.filter((i) => i.includes("/zod/"))).toEqual([]);
    expect(inputs.filter((i) => i.includes("src/locales/"))).toEqual([]);
  });

  it("keep each language and the form's schema check in chunks of their own", () => {
    const lazy = Object.keys(meta.outputs).filter((f) => f.endsWith(".js") && !upFront("dist/registration-form.js").has(f));
    for (const locale of ["en", "ar", "fa", "uk", "tr"]) {
      expect(lazy.some((f) => Object.keys(meta.outputs[f]!.inputs).includes(`src/locales/${locale}.ts`)), locale).toBe(true);
    }
    expect(lazy.some((f) => Object.keys(meta.outputs[f]!.inputs).includes("src/registration-form/validate.ts"))).toBe(true);
  });

  it("define every widget in kfd-widgets.js", () => {
    const inputs = inputsOf(upFront("dist/kfd-widgets.js"));
    for (const widget of ["registration-form", "steckbrief-card", "results-map", "stats"]) {
      expect(inputs, widget).toContain(`src/${widget}/${widget}.ts`);
    }
  });
});
