import { expect, it } from "vitest";
import { openDatabase } from "../connection/open-database.js";
import { cancelEvent, createEvent, updateEvent } from "../event/event.repository.js";
import { cancelRegistration, register } from "../registration/registration.repository.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { eventFields, registrationData, seedDialogue } from "../testing/fixtures.js";
import { claimDueMessages, listOutbox, markAttemptFailed, markSent } from "./outbox.repository.js";

const now = new Date("2026-11-21T10:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describeEachDialect("outbox", (context) => {
  const db = () => context().db;

  async function newEvent(capacity: number) {
    const dialogue = await seedDialogue(db(), now);
    return createEvent(db(), dialogue.id, eventFields({ capacity }), now);
  }

  /** Claims what is due, keeping this test's event's messages (earlier tests leave theirs in the shared database). */
  async function claimFor(eventId: string, at: Date) {
    return (await claimDueMessages(db(), at, { limit: 100, leaseMs: 60_000 })).filter((m) => m.eventId === eventId);
  }

  async function messagesOf(eventId: string) {
    return (await listOutbox(db())).filter((m) => m.eventId === eventId).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.kind.localeCompare(b.kind));
  }

  it("queues a confirmation with the cancel token, and a waitlist notice with the place in line, in the registrant's language", async () => {
    const event = await newEvent(1);
    const first = await register(db(), event.id, registrationData(1, { language: "ar" }), now);
    const second = await register(db(), event.id, registrationData(2, { language: "uk" }), now);
    if (first.kind !== "registered" || second.kind !== "registered") throw new Error("expected both registered");
    const messages = await messagesOf(event.id);
    expect(messages.map((m) => [m.kind, m.locale, m.recipientEmail, m.status])).toEqual([
      ["confirmation", "ar", "person1@example.org", "queued"],
      ["waitlisted", "uk", "person2@example.org", "queued"],
    ]);
    expect(messages[0]?.payload).toEqual({ cancelToken: first.cancelToken });
    expect(messages[1]?.payload).toEqual({ cancelToken: second.cancelToken, waitlistPosition: 1 });
  });

  it("tells the person who moves up, in the transaction of the cancellation or the capacity change", async () => {
    const event = await newEvent(1);
    const a = await register(db(), event.id, registrationData(1), now);
    const b = await register(db(), event.id, registrationData(2), now);
    const c = await register(db(), event.id, registrationData(3), now);
    if (a.kind !== "registered" || b.kind !== "registered" || c.kind !== "registered") throw new Error("expected registered");
    await cancelRegistration(db(), a.cancelToken, later(1000));
    await updateEvent(db(), event.id, { capacity: 2 }, later(2000));
    const promoted = (await messagesOf(event.id)).filter((m) => m.kind === "promoted");
    expect(promoted.map((m) => m.registrationId)).toEqual([b.registration.id, c.registration.id]);
    expect(promoted.every((m) => m.payload.cancelToken === undefined)).toBe(true);
  });

  it("tells everyone still registered when the event is cancelled, and only once", async () => {
    const event = await newEvent(1);
    await register(db(), event.id, registrationData(1), now);
    await register(db(), event.id, registrationData(2), now);
    const gone = await register(db(), event.id, registrationData(3), now);
    if (gone.kind !== "registered") throw new Error("expected registered");
    await cancelRegistration(db(), gone.cancelToken, now);
    await cancelEvent(db(), event.id, "Raum nicht verfügbar", later(1000));
    await cancelEvent(db(), event.id, "Raum nicht verfügbar", later(2000));
    const notices = (await messagesOf(event.id)).filter((m) => m.kind === "event-cancelled");
    expect(notices.map((m) => m.recipientEmail).sort()).toEqual(["person1@example.org", "person2@example.org"]);
    expect(notices[0]?.payload).toEqual({ reason: "Raum nicht verfügbar" });
  });

  it("hands each due message to exactly one of two processes claiming at once", async () => {
    const event = await newEvent(100);
    for (let n = 0; n < 20; n++) await register(db(), event.id, registrationData(n), now);
    const other = openDatabase(context().url);
    try {
      const [mine, theirs] = await Promise.all([
        claimDueMessages(db(), now, { limit: 50, leaseMs: 60_000 }),
        claimDueMessages(other, now, { limit: 50, leaseMs: 60_000 }),
      ]);
      const claimed = [...mine, ...theirs].filter((m) => m.eventId === event.id).map((m) => m.id);
      expect(claimed).toHaveLength(20);
      expect(new Set(claimed).size).toBe(20);
      for (const m of [...mine, ...theirs]) await markSent(db(), m, now);
    } finally {
      await other.close();
    }
  });

  it("retries a failed message when its time comes, reclaims one whose sender died, and forgets the token once sent", async () => {
    const event = await newEvent(10);
    await register(db(), event.id, registrationData(1), now);
    const [first] = await claimFor(event.id, now);
    if (!first) throw new Error("expected a claim");
    await markAttemptFailed(db(), first, "451 try later", later(30_000));
    expect(await claimFor(event.id, later(10_000))).toEqual([]);

    const [second] = await claimFor(event.id, later(30_000));
    expect(second).toMatchObject({ id: first.id, attempts: 2, lastError: "451 try later" });
    // The sender "dies" here: nothing marks the message; after the lease it is someone else's to send.
    expect(await claimFor(event.id, later(60_000))).toEqual([]);
    const [third] = await claimFor(event.id, later(91_000));
    expect(third).toMatchObject({ id: first.id, attempts: 3 });
    if (!second || !third) throw new Error("expected claims");
    expect(await markSent(db(), second, later(92_000))).toBe(false);
    expect(await markSent(db(), third, later(92_000))).toBe(true);
    const [sent] = await messagesOf(event.id);
    expect(sent).toMatchObject({ status: "sent", sentAt: later(92_000).toISOString(), payload: {} });
  });

  it("expires a message still unsent when its event is over", async () => {
    const event = await newEvent(10);
    await register(db(), event.id, registrationData(1), now);
    const afterEvent = new Date(Date.parse(event.endsAt) + 1000);
    const claimed = await claimFor(event.id, afterEvent);
    expect(claimed.map((m) => m.stale)).toEqual([true]);
  });
});
