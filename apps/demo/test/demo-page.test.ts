import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@kfd/domain";

const demoDir = new URL("../", import.meta.url);
const page = readFileSync(new URL("index.html", demoDir), "utf8");

describe("the demo page", () => {
  it("has nothing inline that a strict CSP (no unsafe-inline) would block", () => {
    expect(page).not.toMatch(/\sstyle\s*=/i);
    expect(page).not.toMatch(/\son[a-z]+\s*=/i);
    for (const [, attributes] of page.matchAll(/<script([^>]*)>/gi)) expect(attributes).toMatch(/\ssrc=/);
    expect(page).not.toMatch(/<style/i);
  });

  it("embeds the three widgets with the one script a web team adds", () => {
    expect(page).toContain(`<script type="module" src="/widgets/kfd-widgets.js"></script>`);
    expect(page).toMatch(/<kfd-registration-form id="anmeldung" api=""/);
    expect(page).toMatch(/<kfd-steckbrief-card api="" dialogue="demo-dialogabend-nachbarschaft"/);
    expect(page).toMatch(/<kfd-results-map api=""/);
  });

  it("offers every language the widgets speak", () => {
    const offered = [...page.matchAll(/data-lang="([a-z]+)"/g)].map((m) => m[1]);
    expect(offered).toEqual([...LOCALES]);
  });

  it("links only files that exist next to it", () => {
    const local = [...page.matchAll(/(?:href|src)="([a-z][\w.-]*\.(?:css|js))"/g)].map((m) => m[1]!);
    expect(local.sort()).toEqual(["demo.css", "demo.js"]);
    for (const file of local) expect(existsSync(new URL(file, demoDir))).toBe(true);
  });

  it("says plainly that the municipality is made up", () => {
    expect(page).toContain("Musterhausen am Neckar ist eine erfundene Gemeinde.");
  });
});
