/** The console lives under /admin/; the API answers every deep link there with index.html. */
export const BASE = "/admin";

export type Route =
  | { name: "dashboard" }
  | { name: "sign-in" }
  | { name: "invitation"; token: string }
  | { name: "password-forgotten" }
  | { name: "password-reset"; token: string }
  | { name: "dialogue-new" }
  | { name: "dialogue"; id: string; step: DialogueStep }
  | { name: "event"; id: string; dialogueId: string }
  | { name: "admin"; section: AdminSection }
  | { name: "not-found" };

export const DIALOGUE_STEPS = ["grunddaten", "vorbereitung", "durchfuehrung", "ergebnisse", "steckbrief"] as const;
export type DialogueStep = (typeof DIALOGUE_STEPS)[number];
export const ADMIN_SECTIONS = ["personen", "tokens", "postausgang", "protokoll", "statistik"] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

const isStep = (s: string | undefined): s is DialogueStep => (DIALOGUE_STEPS as readonly string[]).includes(s ?? "");
const isSection = (s: string | undefined): s is AdminSection => (ADMIN_SECTIONS as readonly string[]).includes(s ?? "");

export function parseRoute(pathname: string, hash: string): Route {
  const parts = pathname.replace(/^\/admin\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
  const [first, second, third, fourth] = parts;
  if (!first) return { name: "dashboard" };
  if (first === "anmelden") return { name: "sign-in" };
  if (first === "invitation") return { name: "invitation", token: hash.replace(/^#/, "") };
  if (first === "passwort-vergessen") return { name: "password-forgotten" };
  if (first === "passwort-neu") return { name: "password-reset", token: hash.replace(/^#/, "") };
  if (first === "dialoge" && second === "neu") return { name: "dialogue-new" };
  if (first === "dialoge" && second && !third) return { name: "dialogue", id: second, step: "grunddaten" };
  if (first === "dialoge" && second && third === "veranstaltungen" && fourth) return { name: "event", id: fourth, dialogueId: second };
  if (first === "dialoge" && second && isStep(third)) return { name: "dialogue", id: second, step: third };
  if (first === "verwaltung" && isSection(second)) return { name: "admin", section: second };
  return { name: "not-found" };
}

export function href(...segments: string[]): string {
  return `${BASE}/${segments.map(encodeURIComponent).join("/")}`;
}

export function navigate(to: string): void {
  history.pushState(null, "", to);
  window.dispatchEvent(new PopStateEvent("popstate"));
}
