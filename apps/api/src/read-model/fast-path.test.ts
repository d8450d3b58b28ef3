import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPublishedDialogue, createTestApi, expectStatus, type TestApi } from "../testing/test-api.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const headersOf = (res: Response) => Object.fromEntries([...res.headers].filter(([name]) => !["date", "content-length"].includes(name)));

describe("read-model fast path", () => {
  it("answers repeated anonymous reads with the same body and the same headers the full chain gave", async () => {
    const d = await createPublishedDialogue(api, { title: "Schnell-Dialog" });
    for (const path of [`/v1/dialogues/${d.slug}/steckbrief`, `/v1/dialogues/${d.id}`, "/v1/dialogues", "/v1/map"]) {
      const first = await api.request(path, { token: null });
      const second = await api.request(path, { token: null });
      expect(second.status, path).toBe(200);
      expect(await second.text()).toBe(await first.text());
      expect(headersOf(second), path).toEqual(headersOf(first));
      expect(second.headers.get("access-control-allow-origin")).toBe("*");
      expect(second.headers.get("x-content-type-options")).toBe("nosniff");
      const notModified = await api.request(path, { token: null, headers: { "if-none-match": first.headers.get("etag")! } });
      expect(notModified.status).toBe(304);
    }
  });

  it("leaves requests with a token, a query or an unknown dialogue to the routes", async () => {
    const draft = await expectStatus(api.request("/v1/dialogues", { method: "POST", json: { title: "Nur intern", municipalityAgs: "08416041" } }), 201);
    await expectStatus(api.request(`/v1/dialogues/${draft.slug}`, { token: null }), 404);
    await expectStatus(api.request(`/v1/dialogues/${draft.slug}`, { token: null }), 404);
    const asAdmin = await expectStatus(api.request(`/v1/dialogues/${draft.slug}`), 200);
    expect(asAdmin.retentionDays).toBe(30);
    await expectStatus(api.request("/v1/dialogues", { token: "wrong-token" }), 401);
    await expectStatus(api.request("/v1/dialogues?phase=never", { token: null }), 400);
  });
});
