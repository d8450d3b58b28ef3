import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createClient } from "./client.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const table = readme.slice(readme.indexOf("## All functions"), readme.indexOf("## Errors"));

describe("the README's list of functions", () => {
  it("names every route the client has, and nothing it lacks", () => {
    const routes = Object.keys(createClient({ baseUrl: "https://kfd.example.de" })).filter((name) => name !== "options");
    const listed = [...table.matchAll(/`(\w+)`/g)].map((m) => m[1]!);
    expect(routes.filter((name) => !listed.includes(name)), "missing from the README").toEqual([]);
    const lowLevel = ["request", "urlOf", "KfdError", "isKfdError", "createClient"];
    expect(listed.filter((name) => !routes.includes(name) && !lowLevel.includes(name)), "listed but not in the client").toEqual([]);
  });
});
