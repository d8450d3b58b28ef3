import { describe, expect, it } from "vitest";
import { href, parseRoute } from "./router.js";

describe("parseRoute", () => {
  it("maps the console's deep links to screens", () => {
    expect(parseRoute("/admin/", "")).toEqual({ name: "dashboard" });
    expect(parseRoute("/admin", "")).toEqual({ name: "dashboard" });
    expect(parseRoute("/admin/anmelden", "")).toEqual({ name: "sign-in" });
    expect(parseRoute("/admin/dialoge/neu", "")).toEqual({ name: "dialogue-new" });
    expect(parseRoute("/admin/dialoge/d-1", "")).toEqual({ name: "dialogue", id: "d-1", step: "grunddaten" });
    expect(parseRoute("/admin/dialoge/d-1/ergebnisse", "")).toEqual({ name: "dialogue", id: "d-1", step: "ergebnisse" });
    expect(parseRoute("/admin/dialoge/d-1/veranstaltungen/e-9", "")).toEqual({ name: "event", id: "e-9", dialogueId: "d-1" });
    expect(parseRoute("/admin/verwaltung/tokens", "")).toEqual({ name: "admin", section: "tokens" });
  });

  it("takes the invitation's and the password reset's secret from the fragment, which never reaches a server log", () => {
    expect(parseRoute("/admin/invitation", "#abc.def")).toEqual({ name: "invitation", token: "abc.def" });
    expect(parseRoute("/admin/passwort-neu", "#abc_def-1")).toEqual({ name: "password-reset", token: "abc_def-1" });
    expect(parseRoute("/admin/passwort-neu", "")).toEqual({ name: "password-reset", token: "" });
  });

  it("opens the page that asks for a password-reset link", () => {
    expect(parseRoute("/admin/passwort-vergessen", "")).toEqual({ name: "password-forgotten" });
  });

  it("answers unknown steps and sections with not-found instead of guessing", () => {
    expect(parseRoute("/admin/dialoge/d-1/umsetzung", "")).toEqual({ name: "not-found" });
    expect(parseRoute("/admin/verwaltung/geheim", "")).toEqual({ name: "not-found" });
  });

  it("builds links that round-trip through parseRoute, ids with odd characters included", () => {
    const link = href("dialoge", "a b/ä", "steckbrief");
    expect(new URL(link, "http://x").pathname).toBe(link);
    expect(parseRoute(link, "")).toEqual({ name: "dialogue", id: "a b/ä", step: "steckbrief" });
  });
});
