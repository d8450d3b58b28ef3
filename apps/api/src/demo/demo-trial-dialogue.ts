import type { DemoDialogueInput } from "./demo-dialogues.js";
import { demoAgs } from "./demo-municipalities.js";
import { standardTopic } from "./demo-topics.js";

/**
 * A made-up dialogue to try kfd with: registering, the waitlist, a full event, the
 * Maßnahmenkatalog. It sits in a real town (a fictional one would put a false point on the
 * map) and says in its title and first sentence that it is an example, not the town's.
 */
export const TRIAL_DIALOGUE: DemoDialogueInput = {
  slug: "demo-dialogabend-nachbarschaft",
  title: "Demo: Dialogabend Nachbarschaft (Beispielveranstaltung)",
  municipalityAgs: demoAgs("Tübingen"),
  phase: "execution",
  occasion:
    "Beispieldialog zum Ausprobieren von kfd – keine Veranstaltung der Stadt Tübingen, Anmeldungen hier sind Testdaten. " +
    "Kommunale Flüchtlingsdialoge stehen unter dem Motto „Wie leben wir zukünftig zusammen?“; seit April 2016 wurden sie in Baden-Württemberg bereits in 37 Kommunen durchgeführt.",
  goals: "Zeigen, wie ein Dialog vorbereitet, durchgeführt und in einen Maßnahmenkatalog überführt wird.",
  method: "world-cafe",
  eventConcept: "Ein Dialogabend mit Thementischen, Dolmetschen und Kinderbetreuung, dazu eine kleine Gesprächsrunde mit zwei Plätzen, um eine ausgebuchte Veranstaltung zu sehen.",
  topics: [standardTopic("gemeinschaft-nachbarschaft"), standardTopic("bauen-wohnen")],
  actors: ["gefluechtete", "buergerschaft", "ehrenamt", "verwaltung"],
  contact: { role: "Integrationsbeauftragte der Stadt (Beispiel)", organisation: "Demo-Daten, keine echte Adresse", email: "integration@example.org" },
  demo: true,
};
