import { dialogueFieldsSchema } from "@kfd/domain";
import { expect, it } from "vitest";
import { createEvent, updateEvent } from "../event/event.repository.js";
import { register } from "../registration/registration.repository.js";
import { createResult } from "../result/result.repository.js";
import { SlugTakenError, UnknownMunicipalityError } from "../shared/errors.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { TEST_MUNICIPALITY, eventFields, registrationData, seedDialogue } from "../testing/fixtures.js";
import { dialogueVersion } from "./dialogue-version.js";
import { createDialogue, findDialogue, listDialogues, setDialoguePhase, setDialoguePublished, updateDialogue } from "./dialogue.repository.js";

const now = new Date("2026-11-21T10:00:00Z");
const later = new Date("2026-11-22T10:00:00Z");

describeEachDialect("dialogues", (context) => {
  const db = () => context().db;

  it("stores every field and reads it back by id and by slug", async () => {
    const fields = dialogueFieldsSchema.parse({
      title: "Zusammenleben in der Südstadt",
      municipalityAgs: TEST_MUNICIPALITY.ags,
      occasion: "Neue Unterkunft",
      topics: [{ slug: "bauen-wohnen", label: "Bauen & Wohnen" }],
      actors: ["gefluechtete", "ehrenamt"],
      participantCount: 80,
      heldOn: "2026-10-10",
      costs: { totalEuro: 4500, note: "Moderation" },
      funding: [{ source: "Land BW", amountEuro: 3000 }],
      contact: { role: "Integrationsbeauftragte", email: "integration@example.org" },
      location: { lat: 48.51, lon: 9.05 },
      locationSensitive: true,
    });
    await seedDialogue(db(), now);
    const created = await createDialogue(db(), { ...fields, slug: "suedstadt" }, now);
    expect(created).toEqual({
      ...fields,
      id: created.id,
      slug: "suedstadt",
      municipality: TEST_MUNICIPALITY,
      published: false,
      publishedAt: null,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    expect(await findDialogue(db(), "suedstadt")).toEqual(created);
    expect(await findDialogue(db(), created.id)).toEqual(created);
    expect(await findDialogue(db(), "nope")).toBeUndefined();
  });

  it("refuses a taken slug and an unknown municipality", async () => {
    await seedDialogue(db(), now, { slug: "vergeben" });
    await expect(seedDialogue(db(), now, { slug: "vergeben" })).rejects.toBeInstanceOf(SlugTakenError);
    const fields = dialogueFieldsSchema.parse({ title: "X", municipalityAgs: "01234567" });
    await expect(createDialogue(db(), { ...fields, slug: "irgendwo" }, now)).rejects.toBeInstanceOf(UnknownMunicipalityError);
  });

  it("updates only the fields sent", async () => {
    const d = await seedDialogue(db(), now, { occasion: "Anlass", goals: "Ziele" });
    const updated = await updateDialogue(db(), d.id, { goals: "Neue Ziele", participantCount: 12 }, later);
    expect(updated).toEqual({ ...d, goals: "Neue Ziele", participantCount: 12, updatedAt: later.toISOString() });
    expect(await updateDialogue(db(), "missing", { goals: "x" }, later)).toBeUndefined();
  });

  it("sets the phase and publication", async () => {
    const d = await seedDialogue(db(), now);
    expect(await setDialoguePhase(db(), d.id, "execution", later)).toMatchObject({ phase: "execution", updatedAt: later.toISOString() });
    expect(await setDialoguePublished(db(), d.id, true, now)).toMatchObject({ published: true, publishedAt: now.toISOString() });
    expect(await setDialoguePublished(db(), d.id, true, later)).toMatchObject({ publishedAt: now.toISOString() });
    expect(await setDialoguePublished(db(), d.id, false, later)).toMatchObject({ published: false, publishedAt: null });
    expect(await setDialoguePhase(db(), "missing", "execution", later)).toBeUndefined();
  });

  it("lists with filters: published, municipality, phase, kind, topic and text", async () => {
    const tag = crypto.randomUUID().slice(0, 6);
    const a = await seedDialogue(db(), now, { title: `Frühstücksbus Ökostadt ${tag}`, topics: [{ slug: "gemeinschaft-nachbarschaft", label: "Gemeinschaft & Nachbarschaft" }] });
    const b = await seedDialogue(db(), now, { title: `Werkstatt ${tag}`, phase: "execution" });
    await setDialoguePublished(db(), a.id, true, now);
    const mine = (list: { id: string }[]) => list.map((d) => d.id).filter((id) => id === a.id || id === b.id).sort();
    expect(mine(await listDialogues(db(), { publishedOnly: true }))).toEqual([a.id]);
    expect(mine(await listDialogues(db(), { publishedOnly: false }))).toEqual([a.id, b.id].sort());
    expect(mine(await listDialogues(db(), { publishedOnly: false, phase: "execution" }))).toEqual([b.id]);
    expect(mine(await listDialogues(db(), { publishedOnly: false, kind: "stadt" }))).toEqual([a.id, b.id].sort());
    expect(mine(await listDialogues(db(), { publishedOnly: false, kind: "landkreis" }))).toEqual([]);
    expect(mine(await listDialogues(db(), { publishedOnly: false, topic: "gemeinschaft-nachbarschaft" }))).toEqual([a.id]);
    expect(mine(await listDialogues(db(), { publishedOnly: false, topic: "gemeinschaft" }))).toEqual([]);
    expect(mine(await listDialogues(db(), { publishedOnly: false, q: "ÖKOSTADT" }))).toEqual([a.id]);
    expect(mine(await listDialogues(db(), { publishedOnly: false, q: "tübingen" }))).toEqual([a.id, b.id].sort());
    expect(mine(await listDialogues(db(), { publishedOnly: false, q: "100%" }))).toEqual([]);
    expect(mine(await listDialogues(db(), { publishedOnly: false, municipalityAgs: [TEST_MUNICIPALITY.ags] }))).toEqual([a.id, b.id].sort());
    expect(await listDialogues(db(), { publishedOnly: false, municipalityAgs: [] })).toEqual([]);
  });

  it("changes its version stamp when the dialogue or anything shown with it changes", async () => {
    const d = await seedDialogue(db(), now);
    const v1 = await dialogueVersion(db(), d.slug);
    expect(v1).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(await dialogueVersion(db(), d.id)).toBe(v1);
    const event = await createEvent(db(), d.id, eventFields(), now);
    const v2 = await dialogueVersion(db(), d.id);
    expect(v2).not.toBe(v1);
    await register(db(), event.id, registrationData(1), now);
    const v3 = await dialogueVersion(db(), d.id);
    expect(v3).not.toBe(v2);
    await createResult(db(), d.id, { kind: "idee", text: "Sprachcafé" }, now);
    const v4 = await dialogueVersion(db(), d.id);
    expect(v4).not.toBe(v3);
    await updateEvent(db(), event.id, { title: "Neu" }, now);
    expect(await dialogueVersion(db(), d.id)).not.toBe(v4);
    expect(await dialogueVersion(db(), "missing")).toBeUndefined();
  });
});
