import type { CreateEventInput } from "@kfd/domain";
import { localInstant } from "./local-time.js";

export const TRIAL_EVENT_TITLE = "Demo: Dialogabend Nachbarschaft";
export const FULL_EVENT_TITLE = "Demo: Kleine Gesprächsrunde (2 Plätze, ohne Warteliste)";

/** Small enough that a handful of test registrations reach the waitlist. */
export const TRIAL_EVENT_CAPACITY = 12;
const SEATS_FOR_REFUGEES = 4;

/** About three weeks ahead of `now`, so the demo stays bookable whenever it is loaded. */
export function trialEvent(now: Date): CreateEventInput {
  return {
    title: TRIAL_EVENT_TITLE,
    description:
      "Beispielveranstaltung zum Ausprobieren der Anmeldung – sie findet nicht statt. Zwölf Plätze, vier davon für Geflüchtete freigehalten; wer später kommt, landet auf der Warteliste und rückt bei Absagen nach.",
    startsAt: localInstant(now, 21, "18:00"),
    endsAt: localInstant(now, 21, "21:00"),
    venue: { name: "Bürgersaal (Beispielort)", address: "Demo-Daten, kein echter Veranstaltungsort" },
    format: "in-person",
    capacity: TRIAL_EVENT_CAPACITY,
    waitlist: true,
    languages: ["de", "ar", "fa", "uk"],
    interpretingLanguages: ["ar", "fa"],
    childcare: true,
    accessibility: { stepFree: true, accessibleToilet: true, notes: "Stufenloser Zugang (Beispielangabe)." },
    quotas: { gefluechtete: SEATS_FOR_REFUGEES },
  };
}

/** Two seats and no waitlist: the third registration shows what "ausgebucht" looks like. */
export function fullEvent(now: Date): CreateEventInput {
  return {
    title: FULL_EVENT_TITLE,
    description: "Beispielveranstaltung mit nur zwei Plätzen und ohne Warteliste, um eine ausgebuchte Veranstaltung auszuprobieren – sie findet nicht statt.",
    startsAt: localInstant(now, 28, "17:00"),
    endsAt: localInstant(now, 28, "18:30"),
    venue: { name: "Besprechungsraum (Beispielort)", address: "Demo-Daten, kein echter Veranstaltungsort" },
    format: "in-person",
    capacity: 2,
    waitlist: false,
    languages: ["de"],
  };
}
