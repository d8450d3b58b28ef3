import type { Municipality } from "@kfd/domain";
import { expect, it } from "vitest";
import { UnknownMunicipalityError } from "../shared/errors.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { findEmbedOrigins, findMunicipality, listMunicipalities, setEmbedOrigins, upsertMunicipalities } from "./municipality.repository.js";

const stuttgart: Municipality = { ags: "08111000", name: "Stuttgart", kind: "stadt", location: { lat: 48.7758, lon: 9.1829 } };
const boeblingen: Municipality = { ags: "08115", name: "Landkreis Böblingen", kind: "landkreis", location: { lat: 48.6833, lon: 9.0167 } };

describeEachDialect("municipalities", (context) => {
  const db = () => context().db;

  it("inserts and finds municipalities with exact coordinates", async () => {
    await upsertMunicipalities(db(), [stuttgart, boeblingen]);
    expect(await findMunicipality(db(), "08111000")).toEqual(stuttgart);
    expect(await findMunicipality(db(), "08115")).toEqual(boeblingen);
    expect(await findMunicipality(db(), "99999999")).toBeUndefined();
    expect((await listMunicipalities(db())).map((m) => m.name)).toEqual(["Landkreis Böblingen", "Stuttgart"]);
  });

  it("updates on a second upsert and keeps the embed origins staff set", async () => {
    await setEmbedOrigins(db(), "08111000", ["https://www.stuttgart.de", "https://www.stuttgart.de", "https://integration.stuttgart.de"]);
    await upsertMunicipalities(db(), [{ ...stuttgart, name: "Landeshauptstadt Stuttgart" }]);
    expect(await findMunicipality(db(), "08111000")).toMatchObject({ name: "Landeshauptstadt Stuttgart" });
    expect(await findEmbedOrigins(db(), "08111000")).toEqual(["https://www.stuttgart.de", "https://integration.stuttgart.de"]);
  });

  it("upserts a register larger than one batch", async () => {
    const many: Municipality[] = Array.from({ length: 450 }, (_, i) => ({ ags: String(8400000 + i).padStart(8, "0"), name: `Gemeinde ${i}`, kind: "gemeinde", location: { lat: 48, lon: 9 } }));
    await upsertMunicipalities(db(), many);
    expect(await findMunicipality(db(), many[449]!.ags)).toEqual(many[449]);
    expect((await listMunicipalities(db())).length).toBeGreaterThanOrEqual(450);
  });

  it("has no embed origins for an unknown municipality and refuses to set them", async () => {
    expect(await findEmbedOrigins(db(), "00000000")).toEqual([]);
    await expect(setEmbedOrigins(db(), "00000000", ["https://x.example"])).rejects.toBeInstanceOf(UnknownMunicipalityError);
  });
});
