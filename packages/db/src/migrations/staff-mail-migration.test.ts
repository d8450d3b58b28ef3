import { expect, it } from "vitest";
import { createEvent } from "../event/event.repository.js";
import { createInvitation } from "../invitation/invitation.repository.js";
import { listOutbox } from "../outbox/outbox.repository.js";
import { register } from "../registration/registration.repository.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { eventFields, registrationData, seedDialogue } from "../testing/fixtures.js";
import { migrateToLatest } from "./migrate.js";
import { migrations } from "./migrations.js";

const now = new Date("2026-11-21T10:00:00Z");
const STAFF_MAIL = "2026-11-21T1400-staff-mail";

describeEachDialect(
  "the staff-mail migration",
  (context) => {
    it("keeps every queued registrant e-mail and then takes e-mails without an event", async () => {
      const db = context().db;
      const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < STAFF_MAIL));
      await migrateToLatest(db, before);
      const dialogue = await seedDialogue(db, now);
      const event = await createEvent(db, dialogue.id, eventFields({ capacity: 5 }), now);
      const first = await register(db, event.id, registrationData(1), now);
      const queued = await listOutbox(db);

      expect(await migrateToLatest(db)).toEqual({ applied: [STAFF_MAIL] });
      expect(await listOutbox(db)).toEqual(queued);
      expect(queued).toEqual([expect.objectContaining({ eventId: event.id, kind: "confirmation", payload: { cancelToken: first.kind === "registered" ? first.cancelToken : "" } })]);

      await register(db, event.id, registrationData(2), now);
      await createInvitation(db, { email: "new@example.org", name: "", role: "state-admin", municipalityAgs: [], invitedBy: "Land" }, now);
      const kinds = (await listOutbox(db)).map((m) => [m.kind, m.eventId]);
      expect(kinds).toEqual(expect.arrayContaining([["confirmation", event.id], ["confirmation", event.id], ["staff-invitation", null]]));
      expect(kinds).toHaveLength(3);
    });
  },
  { migrate: false },
);
