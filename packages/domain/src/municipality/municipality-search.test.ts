import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { toFieldErrors } from "../problem/problem.js";
import { municipalitySearchQuerySchema, rankMunicipalities, searchKey } from "./municipality-search.js";
import type { MunicipalityKind } from "./municipality.js";

const m = (ags: string, name: string, kind: MunicipalityKind) => ({ ags, name, kind });
const REGISTER = [
  m("08416", "Tübingen", "landkreis"),
  m("08416041", "Tübingen", "stadt"),
  m("08416031", "Rottenburg am Neckar", "stadt"),
  m("08136065", "Schwäbisch Gmünd", "stadt"),
  m("08127076", "Schwäbisch Hall", "stadt"),
  m("08237", "Freudenstadt", "landkreis"),
  m("08237028", "Freudenstadt", "stadt"),
  m("08421000", "Ulm", "stadt"),
  m("08425", "Alb-Donau-Kreis", "landkreis"),
  m("08116049", "Nürtingen", "stadt"),
];
const names = (found: readonly { name: string; kind: string }[]) => found.map((f) => `${f.name} (${f.kind})`);

describe("searchKey", () => {
  it("folds case, umlauts in all three spellings, ß, hyphens and spaces", () => {
    for (const typed of ["Tübingen", "TUEBINGEN", "tubingen", " tübingen "]) expect(searchKey(typed)).toBe("tubingen");
    expect(searchKey("Schwäbisch-Gmünd")).toBe(searchKey("schwabisch gmund"));
    expect(searchKey("Weißach")).toBe(searchKey("Weissach"));
  });
});

describe("rankMunicipalities", () => {
  it("finds Tübingen however it is typed, the Stadt before the Landkreis of the same name", () => {
    for (const typed of ["tubingen", "Tüb", "TUEB", "tübingen"]) {
      expect(names(rankMunicipalities(REGISTER, typed, 10)), typed).toEqual(["Tübingen (stadt)", "Tübingen (landkreis)"]);
    }
  });

  it("puts exact names before prefixes before words before matches inside a name", () => {
    const found = rankMunicipalities([m("1", "Neckartailfingen", "gemeinde"), m("2", "Rottenburg am Neckar", "stadt"), m("3", "Neckar", "gemeinde"), m("4", "Mittelneckarhausen", "gemeinde")], "neckar", 10);
    expect(found.map((f) => f.name)).toEqual(["Neckar", "Neckartailfingen", "Rottenburg am Neckar", "Mittelneckarhausen"]);
  });

  it("matches the start of an AGS, the exact one first", () => {
    expect(rankMunicipalities(REGISTER, "08416", 10).map((f) => f.ags)).toEqual(["08416", "08416031", "08416041"]);
    expect(rankMunicipalities(REGISTER, "0842", 10).map((f) => f.ags)).toEqual(["08421000", "08425"]);
  });

  it("keeps to the limit, lists everything alphabetically without a query, and finds nothing for nonsense", () => {
    expect(rankMunicipalities(REGISTER, "Schwäbisch", 1).map((f) => f.name)).toEqual(["Schwäbisch Gmünd"]);
    expect(rankMunicipalities(REGISTER, "", 3).map((f) => f.name)).toEqual(["Alb-Donau-Kreis", "Freudenstadt", "Freudenstadt"]);
    expect(rankMunicipalities(REGISTER, "Xyz", 10)).toEqual([]);
    expect(rankMunicipalities(REGISTER, "--", 10)).toEqual([]);
  });
});

describe("municipalitySearchQuerySchema", () => {
  it("reads the limit from the query string and names a bad one", () => {
    expect(z.parse(municipalitySearchQuerySchema, { q: " Tüb ", limit: "5" })).toEqual({ q: "Tüb", limit: 5 });
    for (const limit of ["0", "501", "zehn", "-1"]) {
      const r = z.safeParse(municipalitySearchQuerySchema, { limit });
      expect(toFieldErrors(r.error!.issues).map((e) => e.path), limit).toEqual(["limit"]);
    }
  });
});
