import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, expectStatus, TUEBINGEN, type TestApi } from "../testing/test-api.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

describe("token routes", () => {
  it("issues an editor token once, lists it without the secret, and revokes it at once", async () => {
    const created = await expectStatus(api.request("/v1/tokens", { method: "POST", json: { role: "municipality-editor", municipalityAgs: [TUEBINGEN.ags], label: "Tübingen Integration" } }), 201);
    expect(created.token.length).toBeGreaterThanOrEqual(32);
    expect(created.principal).toMatchObject({ role: "municipality-editor", municipalityAgs: [TUEBINGEN.ags], label: "Tübingen Integration" });

    await expectStatus(api.request("/v1/dialogues", { token: created.token }), 200);
    const listRes = await api.request("/v1/tokens");
    const list = await expectStatus(listRes, 200);
    expect(list.find((t: { tokenId: string }) => t.tokenId === created.principal.tokenId)).toMatchObject({ revokedAt: null });
    expect(JSON.stringify(list)).not.toContain(created.token);

    await expectStatus(api.request(`/v1/tokens/${created.principal.tokenId}`, { method: "DELETE" }), 204);
    await expectStatus(api.request("/v1/dialogues", { token: created.token }), 401);
    await expectStatus(api.request(`/v1/tokens/${created.principal.tokenId}`, { method: "DELETE" }), 404);
  });

  it("lets only a state-admin manage tokens", async () => {
    const { token } = await expectStatus(api.request("/v1/tokens", { method: "POST", json: { role: "municipality-editor", municipalityAgs: [TUEBINGEN.ags], label: "E" } }), 201);
    await expectStatus(api.request("/v1/tokens", { token }), 403);
    await expectStatus(api.request("/v1/tokens", { method: "POST", token, json: { role: "municipality-editor", municipalityAgs: [TUEBINGEN.ags], label: "E2" } }), 403);
    await expectStatus(api.request("/v1/tokens", { token: null }), 401);
  });

  it("refuses tokens for unknown municipalities, naming the entry", async () => {
    const res = await expectStatus(api.request("/v1/tokens", { method: "POST", json: { role: "municipality-editor", municipalityAgs: [TUEBINGEN.ags, "08999999"], label: "E" } }), 400);
    expect(res.errors).toEqual([{ path: "municipalityAgs.1", message: expect.stringContaining("08999999") }]);
  });

  it("refuses the bootstrap token when KFD_ADMIN_TOKEN is not set", async () => {
    const other = api.anotherProcess({ KFD_ADMIN_TOKEN: "" });
    const res = await other.request("/v1/tokens", { headers: { authorization: "Bearer test-admin-token-0123456789abcdef" } });
    expect(res.status).toBe(401);
  });
});
