import { expect, it } from "vitest";
import { openDatabase } from "../connection/open-database.js";
import { setDialoguePublished } from "../dialogue/dialogue.repository.js";
import { createEvent } from "../event/event.repository.js";
import { tryTakeLease } from "../lease/job-lease.js";
import { listOutbox } from "../outbox/outbox.repository.js";
import { cancelRegistration, listRegistrations, participationCounts, register } from "../registration/registration.repository.js";
import { loadSteckbrief } from "../steckbrief/steckbrief.repository.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { eventFields, registrationData, seedDialogue } from "../testing/fixtures.js";
import { eraseOwnRegistration, findOwnRegistration } from "./own-registration.js";
import { runRetention } from "./retention-job.js";

const DAY = 86_400_000;
const registeredAt = new Date("2030-11-01T10:00:00Z");
const eventEnds = Date.parse("2030-12-03T21:00:00+01:00");
const options = { cancelledRetentionDays: 7 };

describeEachDialect("retention", (context) => {
  const db = () => context().db;

  async function eventWithPeople(retentionDays: number, people: number) {
    const dialogue = await seedDialogue(db(), registeredAt, { retentionDays });
    await setDialoguePublished(db(), dialogue.id, true, registeredAt);
    const event = await createEvent(db(), dialogue.id, eventFields({ capacity: people }), registeredAt);
    const tokens: string[] = [];
    for (let n = 0; n < people; n++) {
      const outcome = await register(
        db(),
        event.id,
        registrationData(n, {
          actorGroup: n % 2 === 0 ? "gefluechtete" : "buergerschaft",
          language: n % 2 === 0 ? "ar" : "de",
          interpreting: n % 2 === 0 ? "ar" : undefined,
          accessibilityNeeds: n === 0 ? "Rollstuhl, bitte Rampe" : undefined,
          childcare: n === 1 ? { children: 2, ages: "3 und 5 Jahre" } : undefined,
        }),
        registeredAt,
      );
      if (outcome.kind !== "registered") throw new Error(`expected registered, got ${outcome.kind}`);
      tokens.push(outcome.cancelToken);
    }
    return { dialogue, event, tokens };
  }

  it("keeps personal data until retentionDays after the event, then erases it and its messages but keeps the counts", async () => {
    const { dialogue, event } = await eventWithPeople(30, 6);
    const countsBefore = await participationCounts(db(), dialogue.id);
    const steckbriefBefore = await loadSteckbrief(db(), dialogue.id, "2031-02-01");

    const early = await runRetention(db(), new Date(eventEnds + 29 * DAY), options);
    expect(early.events.find((e) => e.eventId === event.id)).toBeUndefined();
    expect((await listRegistrations(db(), event.id))[0]?.name).toBe("Person 0");

    const run = await runRetention(db(), new Date(eventEnds + 30 * DAY), options);
    expect(run.events).toContainEqual({ eventId: event.id, erased: 6 });
    const erased = await listRegistrations(db(), event.id);
    expect(erased.map((r) => [r.name, r.email, r.accessibilityNeeds])).toEqual(Array.from({ length: 6 }, () => ["", "", null]));
    expect(erased.map((r) => r.personalDataErasedAt)).toEqual(Array.from({ length: 6 }, () => new Date(eventEnds + 30 * DAY).toISOString()));
    expect(erased[1]?.childcare).toEqual({ children: 2 });
    expect(erased.map((r) => [r.status, r.actorGroup, r.language])).toEqual(
      Array.from({ length: 6 }, (_, n) => ["confirmed", n % 2 === 0 ? "gefluechtete" : "buergerschaft", n % 2 === 0 ? "ar" : "de"]),
    );
    expect((await listOutbox(db())).filter((m) => m.eventId === event.id)).toEqual([]);
    expect(await participationCounts(db(), dialogue.id)).toEqual(countsBefore);
    expect((await loadSteckbrief(db(), dialogue.id, "2031-02-01"))?.participants).toEqual(steckbriefBefore?.participants);

    const again = await runRetention(db(), new Date(eventEnds + 31 * DAY), options);
    expect(again.events.find((e) => e.eventId === event.id)).toBeUndefined();
  });

  it("erases a cancelled registration after the shorter period, long before the event", async () => {
    const { event, tokens } = await eventWithPeople(30, 2);
    await cancelRegistration(db(), tokens[0] ?? "", registeredAt);
    await runRetention(db(), new Date(registeredAt.getTime() + 6 * DAY), options);
    expect((await listRegistrations(db(), event.id))[0]?.name).toBe("Person 0");
    const run = await runRetention(db(), new Date(registeredAt.getTime() + 7 * DAY), options);
    expect(run.cancelledErased).toBeGreaterThanOrEqual(1);
    expect((await listRegistrations(db(), event.id)).map((r) => r.name)).toEqual(["", "Person 1"]);
  });

  it("shows registrants their own data and erases it on their request, freeing the seat", async () => {
    const { event, tokens } = await eventWithPeople(30, 1);
    const waiting = await register(db(), event.id, registrationData(99), registeredAt);
    if (waiting.kind !== "registered") throw new Error("expected waitlisted");
    const own = await findOwnRegistration(db(), tokens[0] ?? "");
    expect(own).toMatchObject({ name: "Person 0", email: "person0@example.org", accessibilityNeeds: "Rollstuhl, bitte Rampe", status: "confirmed", personalDataErasedAt: null });
    expect(own?.erasureDueAt).toBe(new Date(eventEnds + 30 * DAY).toISOString());
    expect(own?.event).toMatchObject({ id: event.id, municipalityName: "Tübingen" });

    const erasure = await eraseOwnRegistration(db(), tokens[0] ?? "", registeredAt);
    expect(erasure?.promoted).toEqual([waiting.registration.id]);
    expect(await findOwnRegistration(db(), tokens[0] ?? "")).toMatchObject({ status: "cancelled", name: null, email: null, accessibilityNeeds: null, erasureDueAt: null });
    const messages = (await listOutbox(db())).filter((m) => m.eventId === event.id);
    expect(messages.map((m) => [m.kind, m.recipientEmail])).toEqual(expect.arrayContaining([["promoted", "person99@example.org"]]));
    expect(messages.some((m) => m.recipientEmail === "person0@example.org")).toBe(false);
    expect(await findOwnRegistration(db(), "no-such-token-000000000000")).toBeUndefined();
  });

  it("lets only the process holding the lease run the job when two start at once", async () => {
    const { event } = await eventWithPeople(1, 3);
    const other = openDatabase(context().url);
    const at = new Date(eventEnds + 2 * DAY);
    try {
      const job = async (handle: typeof other, worker: string) => ((await tryTakeLease(handle, "retention-test", worker, at, 60_000)) ? runRetention(handle, at, options) : undefined);
      const [a, b] = await Promise.all([job(db(), "a"), job(other, "b")]);
      const ran = [a, b].filter((r) => r !== undefined);
      expect(ran).toHaveLength(1);
      expect(ran[0]?.events).toContainEqual({ eventId: event.id, erased: 3 });
    } finally {
      await other.close();
    }
  });
});
