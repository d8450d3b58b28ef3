import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEventVia, createPublishedDialogue, createTestApi, expectStatus, register, type TestApi } from "./testing/test-api.js";

const NAME = "Zeynep Testperson";
const EMAIL = "zeynep@example.org";

interface OpenApi {
  paths: Record<string, Record<string, { security: Record<string, string[]>[] }>>;
}

let api: TestApi;
let dialogue: { id: string; slug: string };
let eventId: string;
beforeAll(async () => {
  api = await createTestApi();
  dialogue = await createPublishedDialogue(api, { title: "Dialog mit Anmeldungen", participantCount: undefined });
  eventId = (await createEventVia(api, dialogue.id, { capacity: 1, waitlist: true })).id;
  const confirmed = await expectStatus(register(api, eventId, { name: NAME, email: EMAIL, consent: true, actorGroup: "gefluechtete", accessibilityNeeds: "Zeynep braucht eine Rampe" }), 201);
  await expectStatus(register(api, eventId, { name: `${NAME} Zwei`, email: `zwei.${EMAIL}`, consent: true }), 201);
  await expectStatus(api.request(`/v1/registrations/${confirmed.id}/attendance`, { method: "POST", json: { attended: true } }), 200);
});
afterAll(() => api.close());

describe("no personal data on public routes", () => {
  it("the registrant's name and e-mail appear on no public GET route", async () => {
    const doc = (await (await api.request("/openapi.json", { token: null })).json()) as OpenApi;
    const publicGets = Object.entries(doc.paths)
      .filter(([, ops]) => ops.get && ops.get.security.some((s) => Object.keys(s).length === 0))
      .map(([path]) => path);
    // Every public read of the contract is covered; a new one is covered automatically.
    expect(publicGets).toEqual(
      expect.arrayContaining([
        "/health",
        "/openapi.json",
        "/v1/dialogues",
        "/v1/dialogues/{idOrSlug}",
        "/v1/dialogues/{idOrSlug}/steckbrief",
        "/v1/dialogues/{idOrSlug}/events",
        "/v1/map",
        "/v1/events/{id}",
        "/v1/events/{id}/calendar.ics",
      ]),
    );
    const urls = publicGets.flatMap((path) =>
      path.includes("{idOrSlug}")
        ? [path.replace("{idOrSlug}", dialogue.slug), path.replace("{idOrSlug}", dialogue.id)]
        : [path.replace("{id}", eventId)],
    );
    urls.push("/v1/dialogues?q=Zeynep", "/v1/dialogues?q=zeynep%40example.org", "/docs", "/", `/steckbrief/${dialogue.slug}`, `/embed/steckbrief/${dialogue.slug}`);
    urls.push(`/oembed?url=${encodeURIComponent(`http://localhost/steckbrief/${dialogue.slug}`)}`);

    let checked = 0;
    for (const url of urls) {
      const res = await api.request(url, { token: null });
      const body = await res.text();
      if (res.status === 200) checked += 1;
      expect(res.status, url).toBeLessThan(500);
      for (const secret of [NAME, EMAIL, "Zeynep", "zeynep"]) expect(body, `${url} contains ${secret}`).not.toContain(secret);
      for (const [header, value] of res.headers) expect(value, `${url} header ${header}`).not.toMatch(/zeynep/i);
    }
    expect(checked).toBeGreaterThanOrEqual(urls.length - 4);
  });

  it("while the admin list does show them (so the test would catch a leak)", async () => {
    const list = await (await api.request(`/v1/events/${eventId}/registrations`)).text();
    expect(list).toContain(NAME);
    expect(list).toContain(EMAIL);
  });
});
