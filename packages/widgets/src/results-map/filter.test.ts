import { describe, expect, it } from "vitest";
import type { MapFeature } from "@kfd/domain";
import { applyFilter, filterOptions, NO_FILTER, sortFeatures } from "./filter.js";

function feature(id: string, municipality: string, p: Partial<MapFeature["properties"]>): MapFeature {
  return {
    type: "Feature",
    id,
    geometry: { type: "Point", coordinates: [9, 48.5] },
    properties: { slug: id, title: `Dialog ${id}`, municipality, ags: "08416041", kind: "gemeinde", phase: "preparation", topics: [], method: "world-cafe", year: null, participantCount: null, demo: false, ...p },
  };
}

const features = [
  feature("a", "Ulm", { kind: "stadt", year: 2016, phase: "completed", topics: ["bauen-wohnen"] }),
  feature("b", "Öhringen", { year: 2018, phase: "execution", topics: ["bauen-wohnen", "ausbildung-arbeit"] }),
  feature("c", "Aalen", { kind: "landkreis", year: null, topics: ["ausbildung-arbeit"] }),
  feature("d", "Biberach", { year: 2016, phase: "execution" }),
];
const ids = (list: MapFeature[]) => list.map((f) => f.id);

describe("applyFilter", () => {
  it("combines topic, phase and year; empty means all", () => {
    expect(ids(applyFilter(features, NO_FILTER))).toEqual(["a", "b", "c", "d"]);
    expect(ids(applyFilter(features, { ...NO_FILTER, topic: "bauen-wohnen" }))).toEqual(["a", "b"]);
    expect(ids(applyFilter(features, { ...NO_FILTER, topic: "bauen-wohnen", phase: "execution" }))).toEqual(["b"]);
    expect(ids(applyFilter(features, { ...NO_FILTER, year: "2016" }))).toEqual(["a", "d"]);
  });
});

describe("filterOptions", () => {
  it("offers what occurs: phases in their order, years newest first", () => {
    expect(filterOptions(features)).toEqual({ topics: ["bauen-wohnen", "ausbildung-arbeit"], phases: ["preparation", "execution", "completed"], years: [2018, 2016] });
  });
});

describe("sortFeatures", () => {
  const topics = (p: MapFeature["properties"]) => p.topics.join(", ");
  it("sorts names by the reader's language (Ö with O in German)", () => {
    expect(ids(sortFeatures(features, { key: "municipality", descending: false }, "de", topics))).toEqual(["c", "d", "b", "a"]);
  });

  it("puts dialogues without a year last in both directions", () => {
    expect(ids(sortFeatures(features, { key: "year", descending: true }, "de", topics))).toEqual(["b", "d", "a", "c"]);
    expect(ids(sortFeatures(features, { key: "year", descending: false }, "de", topics))).toEqual(["d", "a", "b", "c"]);
  });

  it("orders phases and kinds by their natural order, ties by name", () => {
    expect(ids(sortFeatures(features, { key: "phase", descending: false }, "de", topics))).toEqual(["c", "d", "b", "a"]);
    expect(ids(sortFeatures(features, { key: "kind", descending: false }, "de", topics))).toEqual(["d", "b", "a", "c"]);
  });

  it("gives the first rows of any order exactly as the full sort does", () => {
    const towns = ["Aalen", "Öhringen", "Ulm", "Oberndorf", "Bad Urach", "Ostfildern", "Achern", "Ulm"];
    const many = Array.from({ length: 200 }, (_, i) => {
      const f = features[i % features.length]!;
      const year = i % 7 === 0 ? null : 2015 + (i % 5);
      return { ...f, id: `f${i}`, properties: { ...f.properties, municipality: towns[(i * 5) % towns.length]!, title: `Dialog ${i % 3}`, year } };
    });
    for (const key of ["municipality", "kind", "year", "phase", "topics"] as const) {
      for (const descending of [false, true]) {
        const full = ids(sortFeatures(many, { key, descending }, "de", topics));
        for (const limit of [1, 7, 50, 199]) expect(ids(sortFeatures(many, { key, descending }, "de", topics, limit))).toEqual(full.slice(0, limit));
      }
    }
  });
});
