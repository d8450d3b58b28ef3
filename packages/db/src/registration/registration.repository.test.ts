import { sql } from "kysely";
import { expect, it } from "vitest";
import { createEvent, updateEvent, cancelEvent, findPublicEvent } from "../event/event.repository.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { eventFields, registrationData, seedDialogue } from "../testing/fixtures.js";
import { cancelRegistration, findRegistration, listRegistrations, participationCounts, register, setAttended, type RegisterOutcome } from "./registration.repository.js";

const now = new Date("2026-11-21T10:00:00Z");

function registered(outcome: RegisterOutcome) {
  if (outcome.kind !== "registered") throw new Error(`expected a registration, got ${JSON.stringify(outcome)}`);
  return outcome;
}

describeEachDialect("registrations", (context) => {
  const db = () => context().db;
  const newEvent = async (input: Parameters<typeof eventFields>[0] = {}) => createEvent(db(), (await seedDialogue(db(), now)).id, eventFields(input), now);

  it("confirms while seats are free, then waitlists in order of arrival", async () => {
    const event = await newEvent({ capacity: 2 });
    const outcomes = [];
    for (let n = 1; n <= 4; n++) outcomes.push(registered(await register(db(), event.id, registrationData(n), now)));
    expect(outcomes.map((o) => o.registration.status)).toEqual(["confirmed", "confirmed", "waitlisted", "waitlisted"]);
    expect(outcomes.map((o) => o.waitlistPosition)).toEqual([null, null, 1, 2]);
    const listed = await listRegistrations(db(), event.id);
    expect(listed.map((r) => [r.name, r.status, r.waitlistPosition])).toEqual([
      ["Person 1", "confirmed", null],
      ["Person 2", "confirmed", null],
      ["Person 3", "waitlisted", 1],
      ["Person 4", "waitlisted", 2],
    ]);
    expect(await findPublicEvent(db(), event.id)).toMatchObject({ confirmedCount: 2, seatsLeft: 0, waitlistCount: 2 });
  });

  it("stores what the person sent, and the consent with its version and time", async () => {
    const event = await newEvent();
    const data = registrationData(1, { actorGroup: "gefluechtete", language: "ar", interpreting: "ar", childcare: { children: 2, ages: "3, 5" }, accessibilityNeeds: "Rollstuhl" });
    const { registration } = registered(await register(db(), event.id, data, now));
    expect(await findRegistration(db(), registration.id)).toEqual({
      id: registration.id,
      eventId: event.id,
      status: "confirmed",
      name: "Person 1",
      email: "person1@example.org",
      actorGroup: "gefluechtete",
      language: "ar",
      interpreting: "ar",
      childcare: { children: 2, ages: "3, 5" },
      accessibilityNeeds: "Rollstuhl",
      consentVersion: data.consentVersion,
      consentedAt: now.toISOString(),
      waitlistPosition: null,
      attended: false,
      createdAt: now.toISOString(),
      cancelledAt: null,
      personalDataErasedAt: null,
    });
  });

  it("refuses when full and the event keeps no waitlist", async () => {
    const event = await newEvent({ capacity: 1, waitlist: false });
    registered(await register(db(), event.id, registrationData(1), now));
    expect(await register(db(), event.id, registrationData(2), now)).toEqual({ kind: "refused", reason: "full" });
    expect(await listRegistrations(db(), event.id)).toHaveLength(1);
  });

  it("refuses outside the registration window and for a cancelled event", async () => {
    const later = await newEvent({ registrationOpensAt: "2026-12-01T00:00:00+01:00" });
    expect(await register(db(), later.id, registrationData(1), now)).toEqual({ kind: "refused", reason: "not-open" });
    const closed = await newEvent({ registrationClosesAt: "2026-11-20T00:00:00+01:00" });
    expect(await register(db(), closed.id, registrationData(1), now)).toEqual({ kind: "refused", reason: "closed" });
    const past = await newEvent({ startsAt: "2026-11-01T18:00:00+01:00", endsAt: "2026-11-01T20:00:00+01:00" });
    expect(await register(db(), past.id, registrationData(1), now)).toEqual({ kind: "refused", reason: "closed" });
    const cancelled = await newEvent();
    await cancelEvent(db(), cancelled.id, "Raum nicht verfügbar", now);
    expect(await register(db(), cancelled.id, registrationData(1), now)).toEqual({ kind: "refused", reason: "cancelled" });
    for (const e of [later, closed, past, cancelled]) expect(await listRegistrations(db(), e.id)).toEqual([]);
  });

  it("answers event-not-found for an unknown event", async () => {
    expect(await register(db(), "no-such-event", registrationData(1), now)).toEqual({ kind: "event-not-found" });
  });

  it("treats the same address in other letter case as a duplicate, also when the event is full", async () => {
    const event = await newEvent({ capacity: 1, waitlist: false });
    registered(await register(db(), event.id, registrationData(1, { email: "Ana.Muster@Example.org" }), now));
    expect(await register(db(), event.id, registrationData(2, { email: "ana.muster@example.ORG" }), now)).toEqual({ kind: "duplicate" });
    expect(await listRegistrations(db(), event.id)).toHaveLength(1);
  });

  it("lets someone register again after cancelling", async () => {
    const event = await newEvent();
    const first = registered(await register(db(), event.id, registrationData(1), now));
    await cancelRegistration(db(), first.cancelToken, now);
    const again = registered(await register(db(), event.id, registrationData(1), now));
    expect(again.registration.status).toBe("confirmed");
  });

  it("backs the duplicate rule with a unique index on live registrations", async () => {
    const event = await newEvent();
    const { registration } = registered(await register(db(), event.id, registrationData(1), now));
    const copy = sql`insert into registrations (id, event_id, seq, status, name, email, email_normalised, language, consent_version, consented_at, cancel_token_hash, created_at)
      values ('copy', ${event.id}, 99, 'waitlisted', 'x', 'x', ${"person1@example.org"}, 'de', 'v', ${registration.createdAt}, 'h', ${registration.createdAt})`;
    await expect(copy.execute(db().kysely)).rejects.toThrow();
  });

  it("stores only a hash of the cancel token", async () => {
    const event = await newEvent();
    const { cancelToken } = registered(await register(db(), event.id, registrationData(1), now));
    expect(cancelToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await db().kysely.selectFrom("registrations").selectAll().where("event_id", "=", event.id).execute();
    expect(JSON.stringify(rows)).not.toContain(cancelToken);
  });

  it("cancels by token, moves the first on the waitlist up, and repeats harmlessly", async () => {
    const event = await newEvent({ capacity: 1 });
    const first = registered(await register(db(), event.id, registrationData(1), now));
    const second = registered(await register(db(), event.id, registrationData(2), now));
    const third = registered(await register(db(), event.id, registrationData(3), now));
    const cancelled = await cancelRegistration(db(), first.cancelToken, now);
    expect(cancelled?.registration).toMatchObject({ id: first.registration.id, status: "cancelled", cancelledAt: now.toISOString() });
    expect(cancelled?.promoted).toEqual([second.registration.id]);
    expect(await findRegistration(db(), third.registration.id)).toMatchObject({ status: "waitlisted", waitlistPosition: 1 });
    expect(await cancelRegistration(db(), first.cancelToken, now)).toMatchObject({ registration: { status: "cancelled" }, promoted: [] });
    expect(await findPublicEvent(db(), event.id)).toMatchObject({ confirmedCount: 1, waitlistCount: 1 });
  });

  it("cancelling a waitlisted place promotes nobody and shortens the waitlist", async () => {
    const event = await newEvent({ capacity: 1 });
    registered(await register(db(), event.id, registrationData(1), now));
    const waiting = registered(await register(db(), event.id, registrationData(2), now));
    const behind = registered(await register(db(), event.id, registrationData(3), now));
    expect(await cancelRegistration(db(), waiting.cancelToken, now)).toMatchObject({ promoted: [] });
    expect(await findRegistration(db(), behind.registration.id)).toMatchObject({ waitlistPosition: 1 });
    const next = registered(await register(db(), event.id, registrationData(4), now));
    expect(next.waitlistPosition).toBe(2);
  });

  it("returns undefined for an unknown cancel token", async () => {
    expect(await cancelRegistration(db(), "unknown-token", now)).toBeUndefined();
  });

  it("holds quota seats for their group and skips others on promotion", async () => {
    const event = await newEvent({ capacity: 3, quotas: { gefluechtete: 2 } });
    const citizen = registered(await register(db(), event.id, registrationData(1, { actorGroup: "buergerschaft" }), now));
    expect(citizen.registration.status).toBe("confirmed");
    const secondCitizen = registered(await register(db(), event.id, registrationData(2), now));
    expect(secondCitizen.registration.status).toBe("waitlisted");
    const refugee = registered(await register(db(), event.id, registrationData(3, { actorGroup: "gefluechtete" }), now));
    expect(refugee.registration.status).toBe("confirmed");
    const waitingRefugee = registered(await register(db(), event.id, registrationData(4, { actorGroup: "gefluechtete" }), now));
    expect(waitingRefugee.registration.status).toBe("confirmed");
    const lateRefugee = registered(await register(db(), event.id, registrationData(5, { actorGroup: "gefluechtete" }), now));
    expect(lateRefugee.registration.status).toBe("waitlisted");
    // A refugee's seat frees up: the quota is unfilled again, so the waiting citizen is skipped.
    const result = await cancelRegistration(db(), refugee.cancelToken, now);
    expect(result?.promoted).toEqual([lateRefugee.registration.id]);
    expect(await participationCounts(db(), event.dialogueId)).toMatchObject({ confirmed: 3, byActorGroup: { buergerschaft: 1, gefluechtete: 2 } });
  });

  it("promotes from the waitlist when the capacity grows", async () => {
    const event = await newEvent({ capacity: 1 });
    registered(await register(db(), event.id, registrationData(1), now));
    const second = registered(await register(db(), event.id, registrationData(2), now));
    const third = registered(await register(db(), event.id, registrationData(3), now));
    const fourth = registered(await register(db(), event.id, registrationData(4), now));
    await updateEvent(db(), event.id, { capacity: 3 }, now);
    const statuses = Object.fromEntries((await listRegistrations(db(), event.id)).map((r) => [r.id, [r.status, r.waitlistPosition]]));
    expect(statuses[second.registration.id]?.[0]).toBe("confirmed");
    expect(statuses[third.registration.id]?.[0]).toBe("confirmed");
    expect(statuses[fourth.registration.id]).toEqual(["waitlisted", 1]);
    expect(await findPublicEvent(db(), event.id)).toMatchObject({ capacity: 3, confirmedCount: 3, seatsLeft: 0, waitlistCount: 1 });
  });

  it("records attendance and counts it, without counting cancelled events", async () => {
    const dialogue = await seedDialogue(db(), now);
    const event = await createEvent(db(), dialogue.id, eventFields({ capacity: 10 }), now);
    const dropped = await createEvent(db(), dialogue.id, eventFields({ capacity: 10 }), now);
    const a = registered(await register(db(), event.id, registrationData(1, { actorGroup: "ehrenamt" }), now));
    registered(await register(db(), event.id, registrationData(2), now));
    registered(await register(db(), dropped.id, registrationData(3), now));
    await cancelEvent(db(), dropped.id, "", now);
    expect(await setAttended(db(), a.registration.id, true)).toMatchObject({ id: a.registration.id, attended: true });
    expect(await setAttended(db(), "no-such-registration", true)).toBeUndefined();
    expect(await participationCounts(db(), dialogue.id)).toEqual({ confirmed: 2, attended: 1, byActorGroup: { ehrenamt: 1 } });
  });
});
