import { findMunicipality, listMunicipalities, upsertMunicipalities } from "@kfd/db";
import { postgresAvailable, postgresRequired } from "@kfd/db/testing";
import { loadMunicipalityRegister } from "@kfd/geodata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInStaff, type StaffSession } from "../testing/staff-session.js";
import { createTestApi, expectStatus, STUTTGART, TUEBINGEN, type TestApi } from "../testing/test-api.js";
import { ensureMunicipalityRegister } from "./municipality-register.js";

const skipPostgres = (await postgresAvailable()) !== true && !postgresRequired();
const REGISTER_SIZE = loadMunicipalityRegister().length;

type Found = { ags: string; name: string; kind: string }[];

for (const dialect of ["sqlite", "postgres"] as const) {
  describe.skipIf(dialect === "postgres" && skipPostgres)(`the municipality register at start-up [${dialect}]`, () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await createTestApi({ dialect });
    });
    afterAll(() => api.close());

    it("adds every municipality the table lacks, keeps the ones it has, and writes nothing the second time", async () => {
      const renamed = { ...TUEBINGEN, name: "Universitätsstadt Tübingen" };
      await expectStatus(api.request("/v1/dialogues", { method: "POST", json: { title: "Vorher angelegt", municipalityAgs: TUEBINGEN.ags } }), 201);
      await upsertMunicipalities(api.db, [renamed]);

      expect(await ensureMunicipalityRegister(api.db)).toBe(REGISTER_SIZE - 2);
      expect(await listMunicipalities(api.db)).toHaveLength(REGISTER_SIZE);
      expect(await findMunicipality(api.db, TUEBINGEN.ags)).toEqual(renamed);
      expect(await findMunicipality(api.db, "08436")).toMatchObject({ name: "Ravensburg", kind: "landkreis" });

      const before = await api.db.kysely.selectFrom("municipalities").select((eb) => eb.fn.max("updated_at").as("latest")).executeTakeFirstOrThrow();
      expect(await ensureMunicipalityRegister(api.db, new Date("2030-01-01T00:00:00Z"))).toBe(0);
      const after = await api.db.kysely.selectFrom("municipalities").select((eb) => eb.fn.max("updated_at").as("latest")).executeTakeFirstOrThrow();
      expect(after.latest).toBe(before.latest);
    });

    it("lets a dialogue be created in any municipality of the register", async () => {
      const created = await expectStatus(api.request("/v1/dialogues", { method: "POST", json: { title: "Dialog in Isny", municipalityAgs: "08436049" } }), 201);
      expect(created.municipality).toMatchObject({ ags: "08436049", name: "Isny im Allgäu", kind: "stadt" });
    });
  });
}

describe("GET /v1/municipalities", () => {
  let api: TestApi;
  let editor: StaffSession;
  let admin: StaffSession;
  beforeAll(async () => {
    api = await createTestApi();
    await ensureMunicipalityRegister(api.db);
    editor = await signedInStaff(api, "municipality-editor", [TUEBINGEN.ags, STUTTGART.ags]);
    admin = await signedInStaff(api, "state-admin", []);
  });
  afterAll(() => api.close());

  const search = async (who: StaffSession, query: string) => expectStatus<Found>(who.request(`/v1/municipalities?${query}`), 200);

  it("finds Tübingen however its name is typed, the Stadt first, then the Landkreis, then names starting alike", async () => {
    for (const q of ["tubingen", "Tüb", "TUEBINGEN", "tübingen"]) {
      const found = await search(admin, `q=${encodeURIComponent(q)}`);
      expect(found.slice(0, 2), q).toEqual([
        { ags: "08416041", name: "Tübingen", kind: "stadt" },
        { ags: "08416", name: "Tübingen", kind: "landkreis" },
      ]);
    }
    const gmuend = await search(admin, "q=schwabisch-gmund");
    expect(gmuend[0]).toEqual({ ags: "08136065", name: "Schwäbisch Gmünd", kind: "stadt" });
  });

  it("finds by the start of an AGS and keeps to the limit", async () => {
    const kreis = await search(admin, "q=08416&limit=3");
    expect(kreis).toHaveLength(3);
    expect(kreis[0]).toMatchObject({ ags: "08416", kind: "landkreis" });
    expect(kreis.slice(1).every((m) => m.ags.startsWith("08416") && m.ags.length === 8)).toBe(true);
    expect(await search(admin, "q=berg&limit=5")).toHaveLength(5);
    expect(await search(admin, "q=Atlantis")).toEqual([]);
  });

  it("shows an editor only their own municipalities, alphabetically without a query", async () => {
    expect(await search(editor, "")).toEqual([
      { ags: STUTTGART.ags, name: "Stuttgart", kind: "stadt" },
      { ags: TUEBINGEN.ags, name: "Tübingen", kind: "stadt" },
    ]);
    expect(await search(editor, "q=Ravensburg")).toEqual([]);
    expect((await search(editor, "q=tub")).map((m) => m.ags)).toEqual([TUEBINGEN.ags]);
  });

  it("needs a session or token, and names a bad limit", async () => {
    await expectStatus(api.request("/v1/municipalities?q=Ulm", { token: null }), 401);
    const bad = await expectStatus(admin.request("/v1/municipalities?q=Ulm&limit=9999"), 400);
    expect(bad.errors).toEqual([{ path: "query.limit", message: expect.stringMatching(/whole number|between/) }]);
    const tooMany = await expectStatus(admin.request("/v1/municipalities?limit=501"), 400);
    expect(tooMany.errors).toEqual([{ path: "query.limit", message: "must be between 1 and 500" }]);
  });

  it("is in the OpenAPI document as an admin route", async () => {
    const doc = await expectStatus(api.request("/openapi.json", { token: null }), 200);
    const operation = doc.paths["/v1/municipalities"].get;
    expect(operation.operationId).toBe("searchMunicipalities");
    expect(operation.parameters.map((p: { name: string }) => p.name)).toEqual(["q", "limit"]);
    expect(operation.responses["200"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/MunicipalitySearchResults" });
  });
});
