import { expect, it } from "vitest";
import { setDialoguePublished } from "../dialogue/dialogue.repository.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { TEST_MUNICIPALITY, seedDialogue } from "../testing/fixtures.js";
import { listMapFeatures } from "./map.repository.js";

const now = new Date("2026-11-21T10:00:00Z");

describeEachDialect("listMapFeatures", (context) => {
  const db = () => context().db;

  it("shows published dialogues only, sensitive places at the municipality's point", async () => {
    const open = await seedDialogue(db(), now, { location: { lat: 48.53, lon: 9.07 } });
    const sensitive = await seedDialogue(db(), now, { location: { lat: 48.51, lon: 9.04 }, locationSensitive: true });
    const draft = await seedDialogue(db(), now);
    await setDialoguePublished(db(), open.id, true, now);
    await setDialoguePublished(db(), sensitive.id, true, now);
    const map = await listMapFeatures(db());
    expect(map.type).toBe("FeatureCollection");
    const byId = new Map(map.features.map((f) => [f.id, f]));
    expect(byId.get(open.id)?.geometry.coordinates).toEqual([9.07, 48.53]);
    expect(byId.get(sensitive.id)?.geometry.coordinates).toEqual([TEST_MUNICIPALITY.location.lon, TEST_MUNICIPALITY.location.lat]);
    expect(byId.has(draft.id)).toBe(false);
    expect(JSON.stringify(map)).not.toContain("48.51");
  });
});
