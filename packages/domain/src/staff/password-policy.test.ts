import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS, MIN_PASSWORD_LENGTH, passwordProblems } from "./password-policy.js";

describe("passwordProblems", () => {
  it("accepts a passphrase of several words", () => {
    expect(passwordProblems("Tische am Marktplatz 2026", { email: "a.weber@tuebingen.de" })).toEqual([]);
  });

  it("refuses a password shorter than the minimum, counting characters rather than bytes", () => {
    expect(passwordProblems("kurz")).toEqual([`must be at least ${MIN_PASSWORD_LENGTH} characters long`]);
    expect(passwordProblems("äöüäöüäöüäö")).toHaveLength(1);
    expect(passwordProblems("äöüäöüäöüäöü")).toEqual([]);
  });

  it("refuses every listed common password whatever its case, and long runs of one character", () => {
    for (const common of COMMON_PASSWORDS.filter((p) => [...p].length >= MIN_PASSWORD_LENGTH)) {
      expect(passwordProblems(common.toUpperCase()), common).toContain("is too common; choose a passphrase of several words");
    }
    expect(passwordProblems("zzzzzzzzzzzzzzzz")).toContain("is too common; choose a passphrase of several words");
  });

  it("refuses a password built from the e-mail address", () => {
    expect(passwordProblems("anna.weber2026!", { email: "anna.weber@tuebingen.de" })).toEqual(["must not contain the e-mail address"]);
  });
});
