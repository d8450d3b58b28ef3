import { TEST_MUNICIPALITY } from "@kfd/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cancelEvent,
  cancelRegistration,
  createClient,
  createDialogue,
  createEvent,
  createMeasure,
  createResult,
  createToken,
  createWorkingGroup,
  eraseRegistration,
  eventCalendarUrl,
  exportRegistrationsCsv,
  getDialogue,
  getEvent,
  getEventCalendar,
  getHealth,
  getMap,
  getSteckbrief,
  KfdError,
  listDialogues,
  listEvents,
  listMeasures,
  listRegistrations,
  listResults,
  listTokens,
  listWorkingGroups,
  publishDialogue,
  register,
  revokeToken,
  setAttendance,
  setDialoguePhase,
  unpublishDialogue,
  updateDialogue,
  updateEvent,
  updateMeasure,
  type ClientOptions,
} from "../src/index.js";
import { ADMIN_TOKEN, BASE_URL, startApi, type ApiFixture } from "./api-fixture.js";

let api: ApiFixture;
let admin: ClientOptions;
let anyone: ClientOptions;

beforeAll(async () => {
  api = await startApi();
  admin = api.options(ADMIN_TOKEN);
  anyone = api.options();
});

afterAll(async () => {
  await api?.cleanup();
});

/** Runs `call` and returns the KfdError it must fail with. */
async function failure(call: Promise<unknown>): Promise<KfdError> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(KfdError);
    return error as KfdError;
  }
  throw new Error("expected the call to fail");
}

const newEvent = { title: "World-Café im Rathaus", startsAt: "2030-12-03T18:00:00+01:00", endsAt: "2030-12-03T21:00:00+01:00" };

async function publishedDialogue(title: string) {
  const dialogue = await createDialogue(admin, { title, municipalityAgs: TEST_MUNICIPALITY.ags, topics: [{ slug: "bauen-wohnen", label: "Bauen & Wohnen" }] });
  await publishDialogue(admin, dialogue.id);
  return dialogue;
}

describe("health", () => {
  it("reports the server and its database", async () => {
    expect(await getHealth(anyone)).toEqual({ status: "ok", database: "sqlite" });
  });
});

describe("dialogues", () => {
  it("creates, changes, moves and publishes a dialogue; the public sees it only while published", async () => {
    const created = await createDialogue(admin, { title: "Wie leben wir zukünftig zusammen?", municipalityAgs: TEST_MUNICIPALITY.ags, slug: "sdk-dialog" });
    expect(created).toMatchObject({ slug: "sdk-dialog", phase: "preparation", published: false, municipality: { name: TEST_MUNICIPALITY.name } });

    expect((await failure(getDialogue(anyone, "sdk-dialog"))).status).toBe(404);

    const updated = await updateDialogue(admin, created.id, { occasion: "Neue Unterkunft im Ort" });
    expect(updated.occasion).toBe("Neue Unterkunft im Ort");

    expect((await setDialoguePhase(admin, created.id, "execution")).phase).toBe("execution");
    const skipped = await failure(setDialoguePhase(admin, created.id, "completed"));
    expect(skipped).toMatchObject({ status: 409, code: "phase_transition_not_allowed" });

    await publishDialogue(admin, "sdk-dialog");
    const seen = await getDialogue(anyone, "sdk-dialog");
    expect(seen.title).toBe("Wie leben wir zukünftig zusammen?");
    expect(seen).not.toHaveProperty("retentionDays");
    expect((await listDialogues(anyone, { q: "zukünftig" })).map((d) => d.slug)).toContain("sdk-dialog");
    expect((await listDialogues(anyone, { phase: "preparation" })).map((d) => d.slug)).not.toContain("sdk-dialog");

    await unpublishDialogue(admin, "sdk-dialog");
    expect((await failure(getDialogue(anyone, "sdk-dialog"))).code).toBe("not_found");
  });

  it("reports invalid input with the fields named", async () => {
    const error = await failure(createDialogue(admin, { title: "", municipalityAgs: "123" }));
    expect(error).toMatchObject({ status: 400, code: "validation_failed" });
    expect(error.fieldErrors.map((e) => e.path)).toEqual(expect.arrayContaining(["title", "municipalityAgs"]));
    expect(error.fieldError("title")).toBeTruthy();
  });

  it("refuses admin routes without a token", async () => {
    const error = await failure(createDialogue(anyone, { title: "Ohne Token", municipalityAgs: TEST_MUNICIPALITY.ags }));
    expect(error).toMatchObject({ status: 401, code: "unauthorized" });
    expect(error.title).toBeTruthy();
  });
});

describe("events and registrations", () => {
  it("registers, waitlists, refuses duplicates, lists, exports, records attendance and moves people up", async () => {
    const dialogue = await publishedDialogue("Anmeldungen im Test");
    const event = await createEvent(admin, dialogue.slug, { ...newEvent, capacity: 1, waitlist: true });
    expect(event).toMatchObject({ capacity: 1, waitlist: true, format: "in-person", languages: ["de"] });
    expect((await listEvents(anyone, dialogue.slug)).map((e) => e.id)).toEqual([event.id]);

    const first = await register(anyone, event.id, { name: "Amina", email: "amina@example.org", consent: true, actorGroup: "gefluechtete", language: "ar" });
    expect(first).toMatchObject({ status: "confirmed", waitlistPosition: null });
    expect(first.cancelToken.length).toBeGreaterThan(20);

    const second = await register(anyone, event.id, { name: "Jonas", email: "jonas@example.org", consent: true });
    expect(second).toMatchObject({ status: "waitlisted", waitlistPosition: 1 });

    const duplicate = await failure(register(anyone, event.id, { name: "Amina", email: "AMINA@Example.org", consent: true }));
    expect(duplicate).toMatchObject({ status: 409, code: "duplicate_registration" });

    const invalid = await failure(register(anyone, event.id, { name: "Ohne Zustimmung", email: "kein-at", consent: false as true }));
    expect(invalid.code).toBe("validation_failed");
    expect(invalid.fieldErrors.map((e) => e.path)).toEqual(expect.arrayContaining(["email", "consent"]));

    const seats = await getEvent(anyone, event.id);
    expect(seats).toMatchObject({ capacity: 1, seatsLeft: 0, confirmedCount: 1, waitlistCount: 1 });
    expect(JSON.stringify(seats)).not.toContain("amina@example.org");

    const list = await listRegistrations(admin, event.id);
    expect(list.map((r) => [r.name, r.status])).toEqual([
      ["Amina", "confirmed"],
      ["Jonas", "waitlisted"],
    ]);

    const csv = await exportRegistrationsCsv(admin, event.id, { separator: "comma" });
    const lines = csv.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("Amina");
    expect(lines[1]).toContain(",");

    const attended = await setAttendance(admin, list[0]!.id, true);
    expect(attended.attended).toBe(true);

    const cancelled = await cancelRegistration(anyone, first.cancelToken);
    expect(cancelled).toEqual({ id: first.id, status: "cancelled", promoted: 1 });
    expect((await listRegistrations(admin, event.id)).find((r) => r.name === "Jonas")?.status).toBe("confirmed");
  });

  it("raises capacity, serves the calendar file and refuses registration once cancelled", async () => {
    const dialogue = await publishedDialogue("Absage im Test");
    const event = await createEvent(admin, dialogue.id, { ...newEvent, capacity: 5 });
    expect((await updateEvent(admin, event.id, { capacity: 8 })).capacity).toBe(8);

    const ics = await getEventCalendar(anyone, event.id);
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("World-Café im Rathaus");
    expect(eventCalendarUrl({ baseUrl: `${BASE_URL}/` }, event.id)).toBe(`${BASE_URL}/v1/events/${event.id}/calendar.ics`);

    const cancelledEvent = await cancelEvent(admin, event.id, "Krankheit der Moderation");
    expect(cancelledEvent).toMatchObject({ status: "cancelled", cancelledReason: "Krankheit der Moderation" });
    const refused = await failure(register(anyone, event.id, { name: "Zu spät", email: "spaet@example.org", consent: true }));
    expect(refused).toMatchObject({ status: 409, code: "event_cancelled" });
  });

  it("erases a registration's personal data on request: the seat goes to the waitlist, the name leaves list and export", async () => {
    const dialogue = await publishedDialogue("Löschung im Test");
    const event = await createEvent(admin, dialogue.id, { ...newEvent, capacity: 1, waitlist: true });
    const asking = await register(anyone, event.id, { name: "Mira Löschwunsch", email: "mira@example.org", consent: true, actorGroup: "buergerschaft" });
    await register(anyone, event.id, { name: "Theo Wartend", email: "theo@example.org", consent: true });

    const receipt = await eraseRegistration(admin, asking.id);
    expect(receipt).toMatchObject({ id: asking.id, status: "cancelled", promoted: 1 });
    expect(Date.parse(receipt.personalDataErasedAt)).not.toBeNaN();

    const list = await listRegistrations(admin, event.id);
    expect(list.map((r) => [r.name, r.email, r.status, r.personalDataErasedAt])).toEqual([
      ["", "", "cancelled", receipt.personalDataErasedAt],
      ["Theo Wartend", "theo@example.org", "confirmed", null],
    ]);
    expect(list[0]?.actorGroup).toBe("buergerschaft");
    const csv = await exportRegistrationsCsv(admin, event.id);
    expect(csv).not.toContain("Mira");
    expect(csv).not.toContain("mira@example.org");
    expect(await getEvent(anyone, event.id)).toMatchObject({ confirmedCount: 1, waitlistCount: 0 });

    expect((await eraseRegistration(admin, asking.id)).personalDataErasedAt).toBe(receipt.personalDataErasedAt);
    expect((await failure(eraseRegistration(anyone, asking.id))).status).toBe(401);
    expect((await failure(eraseRegistration(admin, "no-such-registration"))).code).toBe("not_found");
  });

  it("answers not_found for an unknown event and for a wrong cancel token", async () => {
    expect((await failure(getEvent(anyone, "no-such-event"))).code).toBe("not_found");
    expect((await failure(cancelRegistration(anyone, "x".repeat(43)))).status).toBe(404);
  });

  it("refuses when full and there is no waitlist", async () => {
    const dialogue = await publishedDialogue("Voll im Test");
    const event = await createEvent(admin, dialogue.id, { ...newEvent, capacity: 1, waitlist: false });
    await register(anyone, event.id, { name: "Erste", email: "erste@example.org", consent: true });
    const full = await failure(register(anyone, event.id, { name: "Zweite", email: "zweite@example.org", consent: true }));
    expect(full).toMatchObject({ status: 409, code: "event_full" });
  });
});

describe("results, Begleitkreise, measures, Steckbrief and map", () => {
  it("records the dialogue's outcome and shows it in the Steckbrief and on the map", async () => {
    const dialogue = await publishedDialogue("Ergebnisse im Test");
    const result = await createResult(admin, dialogue.slug, { kind: "idee", text: "Sprachcafé im Jugendhaus", topic: "gemeinschaft-nachbarschaft" });
    expect((await listResults(admin, dialogue.slug)).map((r) => r.id)).toEqual([result.id]);

    const group = await createWorkingGroup(admin, dialogue.slug, { name: "Begleitkreis Wohnen" });
    expect((await listWorkingGroups(admin, dialogue.slug)).map((g) => g.name)).toEqual(["Begleitkreis Wohnen"]);

    const measure = await createMeasure(admin, dialogue.slug, { title: "Wohnraumbörse", responsible: { kind: "working-group", workingGroupId: group.id }, resultId: result.id });
    expect(measure).toMatchObject({ status: "planned", progress: 0 });
    const progressed = await updateMeasure(admin, measure.id, { status: "in-progress", progress: 40, reason: "Erste Wohnungen vermittelt" });
    expect(progressed.history.map((h) => h.reason)).toContain("Erste Wohnungen vermittelt");
    const withoutReason = await failure(updateMeasure(admin, measure.id, { progress: 50 } as never));
    expect(withoutReason.fieldErrors.map((e) => e.path)).toContain("reason");
    expect((await listMeasures(admin, dialogue.slug)).map((m) => m.progress)).toEqual([40]);

    const steckbrief = await getSteckbrief(anyone, dialogue.slug);
    expect(steckbrief.dialogue.title).toBe("Ergebnisse im Test");
    expect(steckbrief.measures).toMatchObject({ total: 1, overallProgress: 40 });
    expect(steckbrief.results.byKind.idee).toBe(1);

    const map = await getMap(anyone);
    expect(map.type).toBe("FeatureCollection");
    expect(map.features.map((f) => f.properties.slug)).toContain(dialogue.slug);
  });
});

describe("tokens", () => {
  it("issues a municipality editor's token that works until it is revoked", async () => {
    const created = await createToken(admin, { role: "municipality-editor", municipalityAgs: [TEST_MUNICIPALITY.ags], label: "Integrationsbüro" });
    expect(created.principal).toMatchObject({ role: "municipality-editor", label: "Integrationsbüro" });

    const editor = api.options(created.token);
    const dialogue = await createDialogue(editor, { title: "Vom Büro angelegt", municipalityAgs: TEST_MUNICIPALITY.ags });
    expect(dialogue.municipality.ags).toBe(TEST_MUNICIPALITY.ags);
    expect((await failure(listTokens(editor))).status).toBe(403);

    const listed = await listTokens(admin);
    expect(listed.find((t) => t.tokenId === created.principal.tokenId)).toMatchObject({ revokedAt: null, label: "Integrationsbüro" });
    expect(JSON.stringify(listed)).not.toContain(created.token);

    await revokeToken(admin, created.principal.tokenId);
    expect((await failure(getDialogue(editor, dialogue.id))).status).toBe(401);
  });
});

describe("client object and failures", () => {
  it("binds every route to one set of options", async () => {
    const client = createClient(admin);
    const dialogue = await client.createDialogue({ title: "Über den Client", municipalityAgs: TEST_MUNICIPALITY.ags });
    expect((await client.getDialogue(dialogue.id)).id).toBe(dialogue.id);
    expect(client.options.baseUrl).toBe(BASE_URL);
  });

  it("turns an unreachable server into a network_error", async () => {
    const error = await failure(getHealth({ baseUrl: "http://127.0.0.1:9" }));
    expect(error).toMatchObject({ status: 0, code: "network_error" });
  });

  it("leaves an aborted call as the abort it is", async () => {
    const abort = new AbortController();
    abort.abort();
    await expect(getHealth({ baseUrl: "http://127.0.0.1:9" }, { signal: abort.signal })).rejects.toMatchObject({ name: "AbortError" });
  });

  it("reports a non-JSON answer as invalid_response", async () => {
    const error = await failure(getHealth({ baseUrl: BASE_URL, fetch: async () => new Response("<html>proxy page</html>", { status: 200, headers: { "content-type": "text/html" } }) }));
    expect(error.code).toBe("invalid_response");
  });
});
