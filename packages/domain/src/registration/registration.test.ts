import { describe, expect, it } from "vitest";
import { toFieldErrors } from "../problem/problem.js";
import { registrationInputSchema } from "./registration.js";

describe("registrationInputSchema", () => {
  it("accepts name, e-mail and consent alone", () => {
    const r = registrationInputSchema.parse({ name: "Amal", email: "amal@example.org", consent: true });
    expect(r.language).toBe("de");
    expect(r.consentVersion).toMatch(/\d{4}-\d{2}/);
  });
  it("names each missing or wrong field", () => {
    const r = registrationInputSchema.safeParse({ name: "  ", email: "nope", consent: false });
    expect(toFieldErrors(r.error!.issues).map((e) => e.path).sort()).toEqual(["consent", "email", "name"]);
  });
  it("names nested fields with a dotted path", () => {
    const r = registrationInputSchema.safeParse({ name: "A", email: "a@example.org", consent: true, childcare: { children: 0 } });
    expect(toFieldErrors(r.error!.issues)).toEqual([{ path: "childcare.children", message: "must be at least 1" }]);
  });
  it("keeps the optional needs", () => {
    const r = registrationInputSchema.parse({
      name: "Olena",
      email: "olena@example.org",
      consent: true,
      actorGroup: "gefluechtete",
      language: "uk",
      interpreting: "uk",
      childcare: { children: 2, ages: "3, 6" },
      accessibilityNeeds: "Rollstuhl",
    });
    expect(r.childcare).toEqual({ children: 2, ages: "3, 6" });
  });
});
