import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/*
 * docs/embedding.md is what municipal web teams read; custom-elements.json is generated from
 * the widgets' own JSDoc by `pnpm build`. Every public name in the manifest must be in the guide.
 */
interface Named {
  name: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const root = new URL("../../../", import.meta.url);
const guide = readFileSync(new URL("docs/embedding.md", root), "utf8");
const manifest = JSON.parse(readFileSync(new URL("packages/widgets/custom-elements.json", root), "utf8")) as Manifest;
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);

describe.each(["kfd-steckbrief-card", "kfd-registration-form"])("the embedding guide on <%s>", (tag) => {
  const declaration = declarations.find((d) => d.tagName === tag);

  it("is in the manifest", () => {
    expect(declaration, `${tag} missing from custom-elements.json (run the widgets build)`).toBeDefined();
  });

  it.each(["attributes", "events", "cssParts", "cssProperties"] as const)("names every one of its %s", (kind) => {
    const names = (declaration?.[kind] ?? []).map((n) => n.name);
    expect(names.length, `${tag} declares no ${kind}`).toBeGreaterThan(kind === "cssParts" || kind === "events" ? 1 : 0);
    const missing = names.filter((name) => !guide.includes(`\`${name}\``));
    expect(missing, `documented in custom-elements.json but not in docs/embedding.md`).toEqual([]);
  });
});
