import { ensureMunicipalityRegister } from "@kfd/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, createDialogue, createToken, getDialogue, isKfdError, searchMunicipalities } from "../src/index.js";
import { ADMIN_TOKEN, startApi, type ApiFixture } from "./api-fixture.js";

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi();
  await ensureMunicipalityRegister(api.test.db);
});
afterAll(() => api.cleanup());

describe("municipalities through the SDK", () => {
  it("finds a municipality by name for a state admin, and only their own for an editor", async () => {
    const admin = createClient(api.options(ADMIN_TOKEN));
    const found = await admin.searchMunicipalities({ q: "tubingen", limit: 2 });
    expect(found).toEqual([
      { ags: "08416041", name: "Tübingen", kind: "stadt" },
      { ags: "08416", name: "Tübingen", kind: "landkreis" },
    ]);
    const { token } = await createToken(api.options(ADMIN_TOKEN), { role: "municipality-editor", municipalityAgs: ["08416041"], label: "Tübingen" });
    expect(await searchMunicipalities(api.options(token))).toEqual([{ ags: "08416041", name: "Tübingen", kind: "stadt" }]);
    const bad = await searchMunicipalities(api.options(ADMIN_TOKEN), { limit: 0 }).catch((e: unknown) => e);
    expect(isKfdError(bad) && bad.fieldErrors.map((e) => e.path)).toEqual(["query.limit"]);
  });

  it("reads a managed dialogue with its private fields, which the public never gets", async () => {
    const created = await createDialogue(api.options(ADMIN_TOKEN), { title: "Dialog in Isny", municipalityAgs: "08436049", retentionDays: 14 });
    const managed = await getDialogue(api.options(ADMIN_TOKEN), created.id);
    expect("retentionDays" in managed && managed.retentionDays).toBe(14);
  });
});
