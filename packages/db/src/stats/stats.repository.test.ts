import { expect, it } from "vitest";
import { setDialoguePublished } from "../dialogue/dialogue.repository.js";
import { cancelEvent, createEvent } from "../event/event.repository.js";
import { createMeasure } from "../measure/measure.repository.js";
import { register } from "../registration/registration.repository.js";
import { runRetention } from "../retention/retention-job.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { eventFields, registrationData, seedDialogue } from "../testing/fixtures.js";
import { createMeasureSchema } from "@kfd/domain";
import { loadProgrammeStats } from "./stats.repository.js";

const at = new Date("2030-11-01T10:00:00Z");

describeEachDialect("loadProgrammeStats", (context) => {
  const db = () => context().db;

  it("counts published dialogues only, suppresses small counts of people, and counts the same after erasure", async () => {
    const published = await seedDialogue(db(), at, { topics: [{ slug: "bauen-wohnen", label: "Bauen & Wohnen" }], heldOn: "2016-05-04", retentionDays: 1 });
    await setDialoguePublished(db(), published.id, true, at);
    await seedDialogue(db(), at, { topics: [{ slug: "geheim", label: "Unveröffentlicht" }] });
    const event = await createEvent(db(), published.id, eventFields({ capacity: 20 }), at);
    const called = await createEvent(db(), published.id, eventFields({ capacity: 100, format: "online" }), at);
    for (let n = 0; n < 12; n++) {
      await register(db(), event.id, registrationData(n, { actorGroup: n < 9 ? "gefluechtete" : "politik", language: n < 6 ? "ar" : "de", interpreting: n < 6 ? "ar" : undefined }), at);
    }
    await register(db(), called.id, registrationData(50), at);
    await cancelEvent(db(), called.id, "", at);
    await createMeasure(db(), published.id, createMeasureSchema.parse({ title: "Sprachcafé", status: "in-progress", progress: 50 }), at);

    const stats = await loadProgrammeStats(db(), at);
    expect(stats.dialogues).toMatchObject({ total: 1, municipalities: 1, byMunicipalityKind: { stadt: 1 }, byYear: { "2016": 1 } });
    expect(stats.dialogues.byTopic).toEqual([{ slug: "bauen-wohnen", label: "Bauen & Wohnen", count: 1 }]);
    expect(stats.participants).toMatchObject({ registered: 12, reported: 12, byActorGroup: { gefluechtete: "suppressed", politik: "< 5" }, byLanguage: { ar: 6, de: 6 } });
    expect(stats.participants.needs).toEqual({ interpreting: 6, childcare: 0, accessibility: 0 });
    expect(stats.events).toMatchObject({ total: 2, cancelled: 1, seats: 20, seatsTaken: 12, waitlisted: 0, byFormat: { "in-person": 1, online: 1 } });
    expect(stats.measures).toMatchObject({ total: 1, overallProgress: 50, byStatus: { "in-progress": 1 } });
    expect(JSON.stringify(stats)).not.toMatch(/person\d+@example\.org|Person \d/);

    await runRetention(db(), new Date(Date.parse(event.endsAt) + 2 * 86_400_000), { cancelledRetentionDays: 7 });
    const after = await loadProgrammeStats(db(), at);
    expect(after.participants).toEqual(stats.participants);
  });
});
