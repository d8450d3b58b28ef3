import { TEST_MUNICIPALITY } from "@kfd/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptInvitation,
  applyMethodTemplate,
  createDialogue,
  createResult,
  getEmbedSnippets,
  getPreparation,
  getSession,
  getSteckbriefPreview,
  inviteStaff,
  isKfdError,
  listOverdueMeasures,
  signOut,
  turnIdeaIntoMeasure,
  updateChecklistItem,
  type ClientOptions,
} from "../src/index.js";
import { ADMIN_TOKEN, BASE_URL, startApi, type ApiFixture } from "./api-fixture.js";

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi(() => new Date("2026-11-21T10:00:00Z"));
});
afterAll(() => api.cleanup());

/** What a browser does for the console on the API's own origin: keep the cookie, send Origin on writes. */
function browserLike(options: ClientOptions): ClientOptions {
  let cookie: string | undefined;
  return {
    ...options,
    fetch: async (input, init) => {
      const headers = new Headers(init.headers);
      if (cookie) headers.set("cookie", cookie);
      if ((init.method ?? "GET") !== "GET") headers.set("origin", BASE_URL);
      const res = await options.fetch!(input, { ...init, headers });
      const set = /kfd_session=[^;]*/.exec(res.headers.get("set-cookie") ?? "")?.[0];
      if (set) cookie = set.endsWith("=") ? undefined : set;
      return res;
    },
  };
}

describe("the staff console's calls through the SDK", () => {
  it("accepts an invitation, works with the session and its CSRF token, and signs out", async () => {
    const { acceptUrl } = await inviteStaff(api.options(ADMIN_TOKEN), { email: "redaktion@example.org", role: "municipality-editor", municipalityAgs: [TEST_MUNICIPALITY.ags] });
    const token = acceptUrl.split("#")[1]!;
    const browser = browserLike(api.options());
    const session = await acceptInvitation(browser, token, { password: "Tische am Marktplatz 2026", name: "Redaktion" });
    expect(session.staff).toMatchObject({ email: "redaktion@example.org" });

    const withoutCsrf = await createDialogue(browser, { title: "Ohne Token", municipalityAgs: TEST_MUNICIPALITY.ags }).catch((e: unknown) => e);
    expect(isKfdError(withoutCsrf) && withoutCsrf.code).toBe("csrf_failed");

    const staffConsole = { ...browser, csrfToken: session.csrfToken! };
    const dialogue = await createDialogue(staffConsole, { title: "Dialog am Markt", municipalityAgs: TEST_MUNICIPALITY.ags });
    const prepared = await applyMethodTemplate(staffConsole, dialogue.id, "world-cafe");
    await updateChecklistItem(staffConsole, prepared.checklist[0]!.id, { done: true });
    expect((await getPreparation(staffConsole, dialogue.id)).checklist[0]!.done).toBe(true);

    const idea = await createResult(staffConsole, dialogue.id, { kind: "idee", text: "Patenschaften für Familien" });
    const measure = await turnIdeaIntoMeasure(staffConsole, idea.id, { dueOn: "2026-11-01" });
    expect(measure.resultId).toBe(idea.id);
    expect((await listOverdueMeasures(staffConsole, dialogue.id)).map((m) => m.id)).toEqual([measure.id]);
    expect((await getSteckbriefPreview(staffConsole, dialogue.id)).dialogue.published).toBe(false);
    expect((await getEmbedSnippets(staffConsole, dialogue.id)).card).toContain(`dialogue="${dialogue.slug}"`);

    await signOut(staffConsole);
    const after = await getSession(staffConsole).catch((e: unknown) => e);
    expect(isKfdError(after) && after.status).toBe(401);
  });
});
