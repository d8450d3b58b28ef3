import { expect, it } from "vitest";
import { openDatabase } from "../connection/open-database.js";
import { cancelEvent, createEvent } from "../event/event.repository.js";
import { register } from "../registration/registration.repository.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { eventFields, registrationData, seedDialogue } from "../testing/fixtures.js";
import { listOutbox } from "./outbox.repository.js";
import { queueDueReminders } from "./reminders.js";

const now = new Date("2030-12-01T10:00:00Z");
const DAY = 86_400_000;

describeEachDialect("queueDueReminders", (context) => {
  const db = () => context().db;

  it("queues one reminder per confirmed registration once the event is within the lead time, even with two processes", async () => {
    const dialogue = await seedDialogue(db(), new Date("2026-11-21T10:00:00Z"));
    const soon = await createEvent(db(), dialogue.id, eventFields({ capacity: 2, startsAt: "2030-12-02T18:00:00+01:00", endsAt: "2030-12-02T21:00:00+01:00" }), now);
    const later = await createEvent(db(), dialogue.id, eventFields({ capacity: 2, startsAt: "2030-12-20T18:00:00+01:00", endsAt: "2030-12-20T21:00:00+01:00" }), now);
    const called = await createEvent(db(), dialogue.id, eventFields({ capacity: 2, startsAt: "2030-12-02T10:00:00+01:00", endsAt: "2030-12-02T12:00:00+01:00" }), now);
    const registeredAt = new Date("2030-11-01T10:00:00Z");
    for (const event of [soon, later, called]) for (let n = 0; n < 3; n++) await register(db(), event.id, registrationData(n), registeredAt);
    await cancelEvent(db(), called.id, "", registeredAt);

    const other = openDatabase(context().url);
    try {
      const runs = await Promise.all([queueDueReminders(db(), now, 2 * DAY), queueDueReminders(other, now, 2 * DAY)]);
      expect(runs.reduce((sum, r) => sum + r.events, 0)).toBe(1);
      expect(runs.reduce((sum, r) => sum + r.messages, 0)).toBe(2);
    } finally {
      await other.close();
    }
    const reminders = (await listOutbox(db())).filter((m) => m.kind === "reminder");
    expect(reminders.map((m) => m.eventId)).toEqual([soon.id, soon.id]);
    expect(await queueDueReminders(db(), new Date(now.getTime() + 3600_000), 2 * DAY)).toEqual({ events: 0, messages: 0 });
  });
});
