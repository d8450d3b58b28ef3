import { setEmbedOrigins } from "@kfd/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEventVia, createTestApi, expectStatus, TUEBINGEN, type TestApi } from "../testing/test-api.js";
import { signedInStaff } from "../testing/staff-session.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ env: { KFD_PUBLIC_URL: "https://kfd.example.de" } });
});
afterAll(() => api.close());

describe("Steckbrief preview and embed snippets", () => {
  it("previews an unpublished dialogue's Steckbrief for its staff only, and gives ready-to-paste snippets", async () => {
    const editor = await signedInStaff(api, "municipality-editor", [TUEBINGEN.ags]);
    const dialogue = await expectStatus(editor.request("/v1/dialogues", { method: "POST", json: { title: "Dialog <Süd>", municipalityAgs: TUEBINGEN.ags, slug: "dialog-sued" } }), 201);
    const event = await createEventVia(api, dialogue.id);
    const cancelled = await createEventVia(api, dialogue.id, { title: "Abgesagt" });
    await expectStatus(api.request(`/v1/events/${cancelled.id}/cancel`, { method: "POST" }), 200);
    await setEmbedOrigins(api.db, TUEBINGEN.ags, ["https://www.tuebingen.de"]);

    await expectStatus(api.request("/v1/dialogues/dialog-sued/steckbrief", { token: null }), 404);
    expect((await expectStatus(api.request("/v1/dialogues/dialog-sued/steckbrief?preview=1", { token: null }), 401)).code).toBe("unauthorized");
    const preview = await expectStatus(editor.request("/v1/dialogues/dialog-sued/steckbrief?preview=1"), 200);
    expect(preview.dialogue).toMatchObject({ slug: "dialog-sued", published: false });

    const snippets = await expectStatus(editor.request("/v1/dialogues/dialog-sued/embed-snippets"), 200);
    expect(snippets).toMatchObject({
      slug: "dialog-sued",
      published: false,
      script: '<script type="module" src="https://kfd.example.de/widgets/kfd-widgets.js"></script>',
      card: '<kfd-steckbrief-card api="https://kfd.example.de" dialogue="dialog-sued" lang="de"></kfd-steckbrief-card>',
      map: '<kfd-results-map api="https://kfd.example.de" lang="de"></kfd-results-map>',
      steckbriefUrl: "https://kfd.example.de/steckbrief/dialog-sued",
      oembedUrl: "https://kfd.example.de/oembed?url=https%3A%2F%2Fkfd.example.de%2Fsteckbrief%2Fdialog-sued",
      registrationOrigins: ["https://www.tuebingen.de"],
    });
    expect(snippets.cardIframe).toContain('title="Steckbrief: Dialog &lt;Süd&gt;"');
    expect(snippets.events).toEqual([
      { eventId: event.id, title: "World-Café im Rathaus", form: `<kfd-registration-form api="https://kfd.example.de" event="${event.id}" lang="de"></kfd-registration-form>` },
    ]);

    await expectStatus(editor.request(`/v1/dialogues/${dialogue.id}/publish`, { method: "POST" }), 200);
    // The pasted oEmbed address works as given (app.request takes the full URL, as a client would).
    const oembed = await expectStatus(api.request(snippets.oembedUrl, { token: null }), 200);
    expect(oembed.type).toBe("rich");
  });
});
