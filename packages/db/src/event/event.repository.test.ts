import { expect, it } from "vitest";
import { NotFoundError } from "../shared/errors.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { TEST_MUNICIPALITY, eventFields, seedDialogue } from "../testing/fixtures.js";
import { cancelEvent, createEvent, findEvent, findPublicEvent, listEvents, updateEvent } from "./event.repository.js";

const now = new Date("2026-11-21T10:00:00Z");
const later = new Date("2026-11-22T10:00:00Z");

describeEachDialect("events", (context) => {
  const db = () => context().db;

  it("stores every field and reads it back", async () => {
    const d = await seedDialogue(db(), now);
    const fields = eventFields({
      description: "Offener Austausch",
      venue: { name: "Rathaus", address: "Am Markt 1" },
      format: "hybrid",
      onlineUrl: "https://meet.example.org/kfd",
      capacity: 40,
      waitlist: false,
      registrationOpensAt: "2026-11-01T00:00:00+01:00",
      registrationClosesAt: "2030-12-01T00:00:00+01:00",
      languages: ["de", "ar"],
      interpretingLanguages: ["ti"],
      childcare: true,
      accessibility: { stepFree: true, notes: "Aufzug" },
      quotas: { gefluechtete: 10 },
    });
    const event = await createEvent(db(), d.id, fields, now);
    expect(event).toEqual({
      ...fields,
      id: event.id,
      dialogueId: d.id,
      status: "scheduled",
      cancelledReason: null,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    expect(await findEvent(db(), event.id)).toEqual(event);
    expect(await findEvent(db(), "missing")).toBeUndefined();
  });

  it("refuses an event for an unknown dialogue", async () => {
    await expect(createEvent(db(), "missing", eventFields(), now)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists a dialogue's events by start time, whatever the offset", async () => {
    const d = await seedDialogue(db(), now);
    const late = await createEvent(db(), d.id, eventFields({ title: "B", startsAt: "2030-12-03T20:00:00+01:00", endsAt: "2030-12-03T22:00:00+01:00" }), now);
    // 18:30 UTC is 19:30 in Berlin: earlier than 20:00+01:00 though it sorts later as text.
    const early = await createEvent(db(), d.id, eventFields({ title: "A", startsAt: "2030-12-03T18:30:00Z", endsAt: "2030-12-03T21:00:00Z" }), now);
    expect((await listEvents(db(), d.id)).map((e) => e.id)).toEqual([early.id, late.id]);
  });

  it("updates only the fields sent", async () => {
    const d = await seedDialogue(db(), now);
    const event = await createEvent(db(), d.id, eventFields({ languages: ["de", "fa"] }), now);
    const updated = await updateEvent(db(), event.id, { title: "Zukunftswerkstatt" }, later);
    expect(updated).toEqual({ ...event, title: "Zukunftswerkstatt", updatedAt: later.toISOString() });
    expect(await updateEvent(db(), "missing", { title: "x" }, later)).toBeUndefined();
  });

  it("cancels with a reason", async () => {
    const d = await seedDialogue(db(), now);
    const event = await createEvent(db(), d.id, eventFields(), now);
    expect(await cancelEvent(db(), event.id, "Krankheit", later)).toMatchObject({ status: "cancelled", cancelledReason: "Krankheit", updatedAt: later.toISOString() });
    expect(await findPublicEvent(db(), event.id)).toMatchObject({ status: "cancelled", seatsLeft: 0 });
    expect(await cancelEvent(db(), "missing", "", later)).toBeUndefined();
  });

  it("shows the public event with seat figures and where it belongs", async () => {
    const d = await seedDialogue(db(), now);
    const event = await createEvent(db(), d.id, eventFields({ capacity: 30 }), now);
    expect(await findPublicEvent(db(), event.id)).toEqual({
      ...event,
      dialogueSlug: d.slug,
      dialogueTitle: d.title,
      municipalityName: TEST_MUNICIPALITY.name,
      confirmedCount: 0,
      seatsLeft: 30,
      waitlistCount: 0,
    });
    expect(await findPublicEvent(db(), "missing")).toBeUndefined();
  });
});
