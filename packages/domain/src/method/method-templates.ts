import * as z from "zod/mini";
import { METHOD_LABELS, type Method } from "./method.js";

/** The formats the console offers as templates; the others in METHODS are recorded, not templated. */
export const TEMPLATE_METHODS = ["world-cafe", "zukunftswerkstatt", "open-space", "ideenworkshop", "frauendialog", "mobiles-format"] as const satisfies readonly Method[];
export type TemplateMethod = (typeof TEMPLATE_METHODS)[number];
export const templateMethodSchema = z.enum(TEMPLATE_METHODS);

/** `key` names the step across templates and languages: a step shared by several templates keeps one key. */
export const agendaStepSchema = z.object({ key: z.string(), minutes: z.int(), title: z.string(), description: z.string() });
export type AgendaStep = z.infer<typeof agendaStepSchema>;

export const templateChecklistItemSchema = z.object({ key: z.string(), text: z.string() });
export type TemplateChecklistItem = z.infer<typeof templateChecklistItemSchema>;

export const methodTemplateSchema = z.object({
  method: templateMethodSchema,
  name: z.string(),
  summary: z.string(),
  /** A suggested sequence (Musterablauf) to adapt, not a rule: minutes per step. */
  agenda: z.array(agendaStepSchema),
  checklist: z.array(templateChecklistItemSchema),
});
export type MethodTemplate = z.infer<typeof methodTemplateSchema>;

export const applyTemplateSchema = z.object({ method: templateMethodSchema });

/** What every dialogue needs, whatever its format: the seeds' people only come if they can get in, understand and bring the children. */
const COMMON_CHECKLIST: TemplateChecklistItem[] = [
  { key: "berater", text: "Beraterin oder Berater einbinden und Projektplan mit Meilensteinen abstimmen" },
  { key: "barrierefreier-ort", text: "Barrierefreien Veranstaltungsort reservieren: stufenloser Zugang, barrierefreie Toilette, mit Bus und Bahn erreichbar" },
  { key: "sprachmittlung", text: "Sprachmittlung organisieren: benötigte Sprachen klären, Dolmetscherinnen und Dolmetscher buchen" },
  { key: "kinderbetreuung", text: "Kinderbetreuung während der Veranstaltung organisieren (Raum, Betreuungspersonen, Zahl der Kinder aus den Anmeldungen)" },
  {
    key: "einladung-gefluechtete",
    text: "Einladung auf Wegen verbreiten, die Geflüchtete erreichen: Unterkünfte, Integrationsmanagement, Sprachkurse, Migrantenorganisationen, Messenger-Gruppen – in den wichtigsten Sprachen",
  },
  { key: "einladung-akteure", text: "Bürgerschaft, Ehrenamt, Verbände, Kirchen, Politik und Verwaltung einladen (Amtsblatt, Website, Presse, persönliche Einladungen)" },
  { key: "anmeldung", text: "Anmeldeformular auf der Website der Kommune einbinden und Anmeldeschluss festlegen" },
  { key: "verpflegung", text: "Verpflegung planen und dabei auf Speisevorschriften achten" },
  { key: "fotos-datenschutz", text: "Hinweise zu Fotos und Datenschutz vorbereiten; Einverständnis für Fotos einholen" },
  { key: "dokumentation", text: "Dokumentation sicherstellen (Fotoprotokoll, Protokoll) und Ergebnisse für den Maßnahmenkatalog aufbereiten" },
  { key: "begleitkreis", text: "Verantwortliche Person oder Begleitkreis für die Umsetzung der Maßnahmen benennen" },
];

const welcome = (minutes: number): AgendaStep => ({
  key: "begruessung",
  minutes,
  title: "Ankommen und Begrüßung",
  description: "Begrüßung durch die Kommune, Anlass und Ziel des Dialogs, Hinweise zu Sprachmittlung, Kinderbetreuung und Fotos.",
});
const nextSteps: AgendaStep = {
  key: "wie-weiter",
  minutes: 15,
  title: "Wie geht es weiter?",
  description: "Verabreden, wer die Ergebnisse in den Maßnahmenkatalog überführt, wer im Begleitkreis mitarbeitet und wie die Teilnehmenden davon erfahren.",
};
const closing: AgendaStep = { key: "abschluss", minutes: 10, title: "Abschluss und Dank", description: "Rückmeldung der Teilnehmenden, Dank an alle Mitwirkenden." };
const pause = (minutes: number): AgendaStep => ({ key: "pause", minutes, title: "Pause", description: "Zeit für Gespräche in kleiner Runde." });

const TEMPLATES: Record<TemplateMethod, Omit<MethodTemplate, "method" | "name">> = {
  "world-cafe": {
    summary:
      "Gespräche an mehreren Thementischen in wechselnder Besetzung. Gastgeberinnen und Gastgeber bleiben am Tisch und fassen zusammen, die Gäste wechseln nach jeder Runde; Gedanken werden auf den Tischdecken festgehalten.",
    agenda: [
      welcome(15),
      { key: "world-cafe.einfuehrung", minutes: 15, title: "Einführung in die Methode", description: "Ablauf und Regeln des World-Cafés, Vorstellung der Thementische und ihrer Gastgeberinnen und Gastgeber." },
      { key: "world-cafe.runde-1", minutes: 25, title: "Gesprächsrunde 1", description: "Aktuelle Situation beschreiben: Was läuft gut, was fehlt?" },
      { key: "world-cafe.runde-2", minutes: 25, title: "Gesprächsrunde 2", description: "Handlungsfelder und mögliche Konfliktfelder benennen." },
      pause(20),
      { key: "world-cafe.runde-3", minutes: 25, title: "Gesprächsrunde 3", description: "Ideen für das weitere Vorgehen erarbeiten." },
      { key: "world-cafe.plenum", minutes: 30, title: "Ergebnisse im Plenum", description: "Die Gastgeberinnen und Gastgeber stellen die wichtigsten Ergebnisse ihres Tisches vor." },
      nextSteps,
      closing,
    ],
    checklist: [
      { key: "thementische", text: "Thementische festlegen und für jeden Tisch eine Gastgeberin oder einen Gastgeber gewinnen" },
      { key: "tische", text: "Tische für vier bis acht Personen mit beschreibbaren Tischdecken oder Plakaten und Stiften vorbereiten" },
    ],
  },
  zukunftswerkstatt: {
    summary:
      "Drei Phasen nacheinander: Kritik (was stört?), Fantasie (wie sähe ein gutes Zusammenleben aus?) und Verwirklichung (was setzen wir wie um?). Braucht Zeit – einen ganzen Tag oder zwei Termine.",
    agenda: [
      welcome(20),
      { key: "zukunftswerkstatt.kritik", minutes: 60, title: "Kritikphase", description: "Sammeln, was im Zusammenleben vor Ort nicht gut läuft, und nach Themen ordnen und gewichten." },
      pause(15),
      { key: "zukunftswerkstatt.fantasie", minutes: 60, title: "Fantasiephase", description: "Ohne Rücksicht auf Grenzen beschreiben, wie das Zusammenleben im besten Fall aussieht." },
      { key: "zukunftswerkstatt.mittagspause", minutes: 45, title: "Mittagspause", description: "Gemeinsames Essen und Zeit für Gespräche in kleiner Runde." },
      { key: "zukunftswerkstatt.verwirklichung", minutes: 75, title: "Verwirklichungsphase", description: "Ideen auf Umsetzbarkeit prüfen, erste Maßnahmen mit Verantwortlichen und Zeitrahmen festhalten." },
      { key: "zukunftswerkstatt.plenum", minutes: 25, title: "Ergebnisse im Plenum", description: "Die Gruppen stellen ihre Maßnahmenvorschläge vor." },
      nextSteps,
      closing,
    ],
    checklist: [
      { key: "phasen", text: "Die drei Phasen zeitlich planen: ganztägig oder auf zwei Termine verteilt" },
      { key: "gruppenraeume", text: "Räume oder Ecken für die Arbeit in Kleingruppen reservieren" },
    ],
  },
  "open-space": {
    summary:
      "Die Teilnehmenden bestimmen die Themen selbst: Zu einer Leitfrage schlagen sie auf dem Marktplatz Gesprächsgruppen vor, jede Gruppe dokumentiert ihre Ergebnisse. Wer in einer Gruppe nichts beitragen oder lernen kann, wechselt.",
    agenda: [
      welcome(15),
      { key: "open-space.leitfrage", minutes: 20, title: "Leitfrage und Prinzipien", description: "Die Leitfrage vorstellen (z. B. „Wie leben wir zukünftig zusammen?“) und die Regeln des Open Space erklären." },
      { key: "open-space.marktplatz", minutes: 30, title: "Marktplatz", description: "Teilnehmende schlagen Themen vor und tragen sie in das Zeit- und Raumraster ein." },
      { key: "open-space.gruppen-1", minutes: 60, title: "Arbeitsgruppen, erste Runde", description: "Gespräche in den Gruppen; jede Gruppe hält ihre Ergebnisse auf einem Blatt fest." },
      pause(15),
      { key: "open-space.gruppen-2", minutes: 60, title: "Arbeitsgruppen, zweite Runde", description: "Weitere Themen vom Marktplatz; Ergebnisse werden an der Dokumentationswand ausgehängt." },
      { key: "open-space.abschlussplenum", minutes: 30, title: "Abschlussplenum", description: "Ergebnisse sichten, Schwerpunkte gewichten, Verabredungen treffen." },
      nextSteps,
      closing,
    ],
    checklist: [
      { key: "leitfrage", text: "Leitfrage formulieren, die offen ist und alle angeht" },
      { key: "marktplatz", text: "Marktplatz-Wand mit Zeit- und Raumraster sowie eine Dokumentationswand vorbereiten" },
      { key: "gruppenflaechen", text: "Genügend Räume oder Ecken für parallele Gruppen bereitstellen" },
    ],
  },
  ideenworkshop: {
    summary:
      "Ein Workshop zu einem konkreten Anlass, etwa einer geplanten Unterkunft in einem Stadtteil: erst Informationen und Rückfragen, dann Ideen in Kleingruppen, am Ende eine Gewichtung und Verabredungen.",
    agenda: [
      welcome(15),
      { key: "ideenworkshop.information", minutes: 20, title: "Information und Rückfragen", description: "Die Verwaltung stellt das Vorhaben vor und beantwortet Fragen." },
      { key: "ideenworkshop.kleingruppen", minutes: 60, title: "Ideen in Kleingruppen", description: "Je Themenfeld Ideen sammeln, wie das Vorhaben gut gelingen kann." },
      pause(15),
      { key: "ideenworkshop.gewichten", minutes: 40, title: "Ideen bündeln und gewichten", description: "Ähnliche Ideen zusammenfassen; alle gewichten mit Klebepunkten." },
      { key: "ideenworkshop.verabredungen", minutes: 20, title: "Verabredungen", description: "Für die wichtigsten Ideen festhalten, wer sich bis wann kümmert." },
      closing,
    ],
    checklist: [
      { key: "anlass", text: "Anlass und Fragestellung des Workshops festlegen" },
      { key: "fachleute", text: "Fachleute aus der Verwaltung für Informationen und Rückfragen einplanen" },
    ],
  },
  frauendialog: {
    summary:
      "Ein Dialog nur für Frauen – geflüchtete Frauen, Ehrenamtliche und Frauen aus der Bürgerschaft – in einem geschützten Rahmen, mit Kinderbetreuung und weiblicher Sprachmittlung.",
    agenda: [
      welcome(20),
      { key: "frauendialog.vorstellung", minutes: 15, title: "Vorstellungsrunde", description: "Kurzes Kennenlernen an den Tischen." },
      { key: "frauendialog.thementische", minutes: 75, title: "Gespräche an Thementischen", description: "Mit Sprachmittlung, z. B. zu Alltag und Nachbarschaft, Kinder und Schule, Arbeit und Ausbildung, Sicherheit." },
      pause(20),
      { key: "frauendialog.ergebnisse", minutes: 30, title: "Ergebnisse sammeln", description: "Die Tische berichten; Anliegen und Ideen werden für alle sichtbar festgehalten." },
      nextSteps,
      closing,
    ],
    checklist: [
      { key: "geschuetzter-rahmen", text: "Geschützten Rahmen sicherstellen: Teilnahme nur für Frauen, Moderation und Sprachmittlung durch Frauen" },
      { key: "tageszeit", text: "Einen Termin wählen, der sich mit Familienpflichten verbinden lässt" },
    ],
  },
  "mobiles-format": {
    summary:
      "Der Dialog kommt zu den Menschen: etwa ein Frühstücksbus, der an wechselnden Orten hält und Geflüchtete und Einheimische bei einem Frühstück ins Gespräch bringt. Gut für alle, die nicht zu einer Abendveranstaltung kommen.",
    agenda: [
      { key: "mobiles-format.aufbau", minutes: 30, title: "Aufbau am Standort", description: "Bus oder Stand aufbauen, Tische, Stellwand mit Gesprächsimpulsen." },
      { key: "mobiles-format.fruehstueck", minutes: 120, title: "Offenes Frühstück", description: "Begegnung und Gespräche; Anliegen und Ideen werden auf Karten an der Stellwand festgehalten." },
      { key: "mobiles-format.zusammenfassen", minutes: 15, title: "Zusammenfassen", description: "Gesammelte Anliegen und Ideen fotografieren und für die Auswertung sichern." },
      { key: "mobiles-format.abbau", minutes: 15, title: "Abbau", description: "Am nächsten Standort wiederholen." },
    ],
    checklist: [
      { key: "standorte", text: "Standorte auswählen und Genehmigungen für die Nutzung öffentlicher Flächen einholen" },
      { key: "fahrzeug", text: "Fahrzeug oder Stand, Ausstattung und Versorgung (Strom, Wasser, Hygiene) organisieren" },
      { key: "wetter", text: "Eine Lösung für schlechtes Wetter vorsehen" },
      { key: "impulse", text: "Kurze Gesprächsimpulse vorbereiten, die sich im Vorbeigehen beantworten lassen" },
    ],
  },
};

export const METHOD_TEMPLATES: readonly MethodTemplate[] = TEMPLATE_METHODS.map((method) => {
  const template = TEMPLATES[method];
  return { method, name: METHOD_LABELS[method], summary: template.summary, agenda: template.agenda, checklist: [...template.checklist, ...COMMON_CHECKLIST] };
});

export function methodTemplate(method: TemplateMethod): MethodTemplate {
  return METHOD_TEMPLATES.find((t) => t.method === method)!;
}

export function agendaMinutes(template: Pick<MethodTemplate, "agenda">): number {
  return template.agenda.reduce((sum, step) => sum + step.minutes, 0);
}
