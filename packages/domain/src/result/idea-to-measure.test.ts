import { describe, expect, it } from "vitest";
import { createMeasureSchema } from "../measure/measure.js";
import { canBecomeMeasure, measureFromIdea } from "./idea-to-measure.js";

describe("measureFromIdea", () => {
  it("takes title, description and topic from the idea and keeps its id", () => {
    const idea = { id: "r1", kind: "idee" as const, topic: "ausbildung-arbeit", text: "Sprachcafé im Jugendhaus einrichten. Einmal pro Woche, mit Ehrenamtlichen." };
    const measure = createMeasureSchema.parse(measureFromIdea(idea));
    expect(measure).toMatchObject({ title: "Sprachcafé im Jugendhaus einrichten.", description: idea.text, topic: "ausbildung-arbeit", resultId: "r1", status: "planned", progress: 0 });
  });

  it("lets staff override the title and set owner and date, and shortens a long idea at a word", () => {
    const long = `${"Nachbarschaftsfest ".repeat(20)}im Sommer`;
    const derived = createMeasureSchema.parse(measureFromIdea({ id: "r2", text: long, topic: undefined }));
    expect(derived.title.length).toBeLessThanOrEqual(200);
    expect(derived.title.endsWith("…")).toBe(true);
    expect(derived.topic).toBeUndefined();
    const chosen = measureFromIdea({ id: "r2", text: long, topic: undefined }, { title: "Sommerfest", responsible: { kind: "role", role: "Integrationsbeauftragte" }, dueOn: "2027-07-01" });
    expect(chosen).toMatchObject({ title: "Sommerfest", responsible: { kind: "role", role: "Integrationsbeauftragte" }, dueOn: "2027-07-01", resultId: "r2" });
  });

  it("turns only ideas into measures in one step", () => {
    expect(canBecomeMeasure({ kind: "idee" })).toBe(true);
    expect(canBecomeMeasure({ kind: "konfliktfeld" })).toBe(false);
  });
});
