import type { CreateMeasureInput, CreateWorkingGroupInput } from "@kfd/domain";
import { localInstant } from "./local-time.js";

/**
 * Measures exist only for the demo dialogue: the seeds name no measure of any real town, and
 * a catalogue invented for one would be read as that town's commitment.
 */
export const TRIAL_WORKING_GROUP: CreateWorkingGroupInput = {
  name: "Begleitkreis Nachbarschaft (Beispiel)",
  description: "Beispiel-Begleitkreis aus Verwaltung, Ehrenamt und Geflüchteten, der die vereinbarten Maßnahmen nachhält.",
  contactEmail: "begleitkreis@example.org",
};

export function trialMeasures(now: Date, workingGroupId: string): CreateMeasureInput[] {
  const dayAfter = (days: number) => localInstant(now, days, "12:00").slice(0, 10);
  return [
    {
      title: "Einladung in Deutsch, Arabisch, Farsi und Ukrainisch verteilen",
      description: "Beispielmaßnahme: Aushänge in den Unterkünften, im Rathaus und bei den Vereinen.",
      topic: "gemeinschaft-nachbarschaft",
      responsible: { kind: "role", role: "Integrationsbeauftragte der Stadt (Beispiel)" },
      status: "in-progress",
      progress: 60,
      dueOn: dayAfter(14),
    },
    {
      title: "Kinderbetreuung während des Dialogabends organisieren",
      description: "Beispielmaßnahme, an den Begleitkreis delegiert.",
      topic: "gemeinschaft-nachbarschaft",
      responsible: { kind: "working-group", workingGroupId },
      status: "delegated",
      progress: 0,
      dueOn: dayAfter(19),
    },
    {
      title: "Ergebnisse des Dialogabends im Maßnahmenkatalog veröffentlichen",
      description: "Beispielmaßnahme für die Zeit nach der Veranstaltung.",
      topic: "bauen-wohnen",
      responsible: { kind: "working-group", workingGroupId },
      status: "planned",
      progress: 0,
      dueOn: dayAfter(35),
    },
  ];
}
