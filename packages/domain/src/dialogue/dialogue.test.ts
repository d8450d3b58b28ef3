import { describe, expect, it } from "vitest";
import { toFieldErrors } from "../problem/problem.js";
import { createDialogueSchema, updateDialogueSchema } from "./dialogue.js";

describe("createDialogueSchema", () => {
  it("needs only a title and the municipality's AGS", () => {
    const d = createDialogueSchema.parse({ title: "Flüchtlingsdialog Eppingen", municipalityAgs: "08125026" });
    expect(d.phase).toBe("preparation");
    expect(d.retentionDays).toBe(30);
    expect(d.costs).toEqual({});
  });
  it("refuses a private person as contact without a functional e-mail", () => {
    const r = createDialogueSchema.safeParse({ title: "X", municipalityAgs: "08125026", contact: { role: "Integrationsbeauftragte", email: "no" } });
    expect(toFieldErrors(r.error!.issues)).toEqual([{ path: "contact.email", message: "must be a valid e-mail address" }]);
  });
  it("refuses an AGS that is neither a Kreis nor a Gemeinde key", () => {
    const r = createDialogueSchema.safeParse({ title: "X", municipalityAgs: "0812" });
    expect(toFieldErrors(r.error!.issues).map((e) => e.path)).toEqual(["municipalityAgs"]);
  });
});

describe("updateDialogueSchema", () => {
  it("changes only what is sent", () => {
    expect(updateDialogueSchema.parse({ goals: "Mehr Ehrenamtliche gewinnen" })).toEqual({ goals: "Mehr Ehrenamtliche gewinnen" });
  });
  it("removes an optional field with null and still checks it when given", () => {
    expect(updateDialogueSchema.parse({ contact: null, location: null, participantCount: null, heldOn: null })).toEqual({ contact: null, location: null, participantCount: null, heldOn: null });
    const r = updateDialogueSchema.safeParse({ contact: { role: "Integrationsbeauftragte", email: "x" }, location: { lat: 91, lon: 9 } });
    expect(toFieldErrors(r.error!.issues).map((e) => e.path)).toEqual(["contact.email", "location.lat"]);
    expect(updateDialogueSchema.safeParse({ title: null }).success).toBe(false);
  });
  it("names the phase and unknown keys instead of ignoring them", () => {
    const r = updateDialogueSchema.safeParse({ phase: "completed", titel: "Tippfehler" });
    expect(toFieldErrors(r.error!.issues)).toEqual([
      { path: "phase", message: "is not a field of this request" },
      { path: "titel", message: "is not a field of this request" },
    ]);
  });
});
