import { municipalitySchema } from "@kfd/domain";
import { describe, expect, it } from "vitest";
import { findMunicipalityByAgs, kreisAgsOf, loadMunicipalityRegister, toMunicipality, type MunicipalityRecord } from "./municipality-register.js";

const register = loadMunicipalityRegister();
const gemeinden = register.filter((r) => r.ags.length === 8);
const landkreise = register.filter((r) => r.ags.length === 5);

// Bounding box of Baden-Württemberg with a small margin.
const BW = { south: 47.5, north: 49.8, west: 7.5, east: 10.5 };

function distance(record: MunicipalityRecord, lat: number, lon: number): number {
  return Math.max(Math.abs(record.lat - lat), Math.abs(record.lon - lon));
}

describe("municipality register", () => {
  it("holds every Gemeinde of Baden-Württemberg once, sorted by AGS", () => {
    console.log(`register: ${gemeinden.length} Gemeinden/Städte, ${landkreise.length} Landkreise`);
    expect(gemeinden.length).toBeGreaterThanOrEqual(1090);
    expect(gemeinden.length).toBeLessThanOrEqual(1110);
    const agsList = register.map((r) => r.ags);
    expect(new Set(agsList).size).toBe(register.length);
    expect(agsList).toEqual([...agsList].sort());
    for (const ags of agsList) expect(ags).toMatch(/^08(\d{3}|\d{6})$/);
  });

  it("lists the 35 Landkreise but no Stadtkreis as a Kreis: those are their Stadt", () => {
    expect(landkreise).toHaveLength(35);
    expect(landkreise.every((r) => r.kind === "landkreis")).toBe(true);
    expect(gemeinden.every((r) => r.kind === "gemeinde" || r.kind === "stadt")).toBe(true);
    expect(findMunicipalityByAgs("08111")).toBeUndefined();
    expect(findMunicipalityByAgs("08111000")).toMatchObject({ name: "Stuttgart", kind: "stadt" });
    const kreisOfEveryGemeinde = new Set(gemeinden.map((r) => kreisAgsOf(r.ags)));
    for (const kreis of landkreise) expect(kreisOfEveryGemeinde.has(kreis.ags)).toBe(true);
  });

  it("is valid as domain municipalities", () => {
    for (const record of register) expect(municipalitySchema.safeParse(toMunicipality(record)).success).toBe(true);
  });

  it("places every point inside Baden-Württemberg with four decimals at most", () => {
    for (const { lat, lon } of register) {
      expect(lat).toBeGreaterThan(BW.south);
      expect(lat).toBeLessThan(BW.north);
      expect(lon).toBeGreaterThan(BW.west);
      expect(lon).toBeLessThan(BW.east);
      expect(Number(lat.toFixed(4))).toBe(lat);
      expect(Number(lon.toFixed(4))).toBe(lon);
    }
  });

  it("finds known towns by AGS near their centre", () => {
    const tuebingen = findMunicipalityByAgs("08416041");
    expect(tuebingen).toMatchObject({ name: "Tübingen", kind: "stadt" });
    expect(distance(tuebingen!, 48.52, 9.06)).toBeLessThan(0.1);
    const ulm = findMunicipalityByAgs("08421000");
    expect(ulm).toMatchObject({ name: "Ulm", kind: "stadt" });
    expect(distance(ulm!, 48.4, 9.99)).toBeLessThan(0.1);
    const mannheim = findMunicipalityByAgs("08222000");
    expect(mannheim).toMatchObject({ name: "Mannheim", kind: "stadt" });
    expect(distance(mannheim!, 49.49, 8.47)).toBeLessThan(0.1);
    const aidlingen = findMunicipalityByAgs("08115001");
    expect(aidlingen).toMatchObject({ name: "Aidlingen", kind: "gemeinde" });
    expect(distance(aidlingen!, 48.68, 8.9)).toBeLessThan(0.1);
    const freudenstadt = findMunicipalityByAgs("08237");
    expect(freudenstadt).toMatchObject({ name: "Freudenstadt", kind: "landkreis" });
    expect(distance(freudenstadt!, 48.46, 8.41)).toBeLessThan(0.2);
  });

  it("answers undefined for an AGS outside the register", () => {
    expect(findMunicipalityByAgs("09162000")).toBeUndefined();
    expect(findMunicipalityByAgs("")).toBeUndefined();
  });

  it("searches a register it is given instead of the bundled one", () => {
    const own: MunicipalityRecord[] = [{ ags: "09162000", name: "München", kind: "stadt", lat: 48.1372, lon: 11.5755 }];
    expect(findMunicipalityByAgs("09162000", own)).toBe(own[0]);
    expect(findMunicipalityByAgs("08416041", own)).toBeUndefined();
  });

  it("converts a record into the domain's municipality", () => {
    expect(toMunicipality(findMunicipalityByAgs("08416041")!)).toEqual({
      ags: "08416041",
      name: "Tübingen",
      kind: "stadt",
      location: { lat: findMunicipalityByAgs("08416041")!.lat, lon: findMunicipalityByAgs("08416041")!.lon },
    });
  });
});
