import type { DialogueStep, Route } from "./router.js";

/**
 * Each screen, with the elements only it shows, is a chunk of its own: its module under routes/
 * defines them. The console downloads a screen when it is first shown, so the first page a person
 * opens costs only the shell.
 */
const SCREENS = {
  "sign-in": () => import("./routes/sign-in.js"),
  invitation: () => import("./routes/invitation.js"),
  "password-forgotten": () => import("./routes/password-forgotten.js"),
  "password-reset": () => import("./routes/password-reset.js"),
  dashboard: () => import("./routes/dashboard.js"),
  "dialogue-form": () => import("./routes/dialogue-form.js"),
  dialogue: () => import("./routes/dialogue.js"),
  preparation: () => import("./routes/preparation.js"),
  events: () => import("./routes/events.js"),
  results: () => import("./routes/results.js"),
  steckbrief: () => import("./routes/steckbrief.js"),
  event: () => import("./routes/event.js"),
  admin: () => import("./routes/admin.js"),
} satisfies Record<string, () => Promise<unknown>>;

export type ScreenName = keyof typeof SCREENS;
export type ScreenStatus = "loaded" | "failed";

/** The shell's screen for each route; the page-not-found text needs none. */
const ROUTE_SCREENS: Record<Route["name"], ScreenName | undefined> = {
  "sign-in": "sign-in",
  invitation: "invitation",
  "password-forgotten": "password-forgotten",
  "password-reset": "password-reset",
  dashboard: "dashboard",
  "dialogue-new": "dialogue-form",
  dialogue: "dialogue",
  event: "event",
  admin: "admin",
  "not-found": undefined,
};

/** The dialogue screen shows its steps inside itself, each a screen of its own. */
export const STEP_SCREENS: Record<DialogueStep, ScreenName> = {
  grunddaten: "dialogue-form",
  vorbereitung: "preparation",
  durchfuehrung: "events",
  ergebnisse: "results",
  steckbrief: "steckbrief",
};

export function screenOf(route: Route): ScreenName | undefined {
  return ROUTE_SCREENS[route.name];
}

const loads = new Map<ScreenName, Promise<ScreenStatus>>();
const settled = new Map<ScreenName, ScreenStatus>();

/**
 * Downloads a screen's chunk, once. A failure is not tried again here: browsers may keep a failed
 * module, and after a new release the old chunk is gone — only reloading the page helps.
 */
export function loadScreen(name: ScreenName): Promise<ScreenStatus> {
  let load = loads.get(name);
  if (!load) {
    load = SCREENS[name]()
      .then(
        (): ScreenStatus => "loaded",
        (error: unknown): ScreenStatus => {
          console.error(error);
          return "failed";
        },
      )
      .then((status) => {
        settled.set(name, status);
        return status;
      });
    loads.set(name, load);
  }
  return load;
}

/** Whether the screen's chunk is there or failed; undefined while it downloads or before. */
export function screenStatus(name: ScreenName): ScreenStatus | undefined {
  return settled.get(name);
}
