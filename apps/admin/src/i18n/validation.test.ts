import { createEventSchema, createInvitationSchema, updateDialogueSchema } from "@kfd/domain";
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { de } from "./de.js";
import { validationMessage } from "./validation.js";

const issuesOf = (schema: z.ZodMiniType, input: unknown) => {
  const parsed = z.safeParse(schema, input);
  if (parsed.success) throw new Error("expected invalid input");
  return parsed.error.issues;
};

describe("validation messages in the console's language", () => {
  it("names what is wrong for the domain's own checks, in German by default", () => {
    const issues = issuesOf(createEventSchema, { title: " ", startsAt: "morgen", endsAt: "2026-12-03T18:00:00+01:00", capacity: 0, languages: ["Arabisch"] });
    const byPath = Object.fromEntries(issues.map((i) => [i.path.join("."), validationMessage(i)]));
    expect(byPath["title"]).toBe(de["validation.empty"]);
    expect(byPath["startsAt"]).toBe(de["validation.dateTime"]);
    expect(byPath["capacity"]).toBe("Mindestens 1.");
    expect(byPath["languages.0"]).toBe(de["validation.language"]);
  });

  it("translates the API's field errors, which carry the same texts", () => {
    expect(validationMessage("must be at most 200 characters")).toBe("Höchstens 200 Zeichen.");
    expect(validationMessage("is not a field of this request")).toBe(de["validation.notAField"]);
    const [ags] = issuesOf(updateDialogueSchema, { municipalityAgs: "Tübingen" });
    expect(validationMessage(ags!.message)).toBe(de["validation.ags"]);
    const [mail] = issuesOf(createInvitationSchema, { email: "kein-at", role: "state-admin" });
    expect(validationMessage(mail!)).toBe(de["validation.email"]);
  });

  it("asks to check the field when the text is unknown, rather than show a developer's English", () => {
    expect(validationMessage("something nobody wrote a rule for")).toBe(de["validation.invalid"]);
  });
});
