import { msg } from "@lit/localize";
import { isVocabularyKey, vocabulary, type VocabularyKey } from "../base/vocabulary.messages.js";

/**
 * The statistics' German source texts by message id (without the "stats." prefix), looked up
 * by id like the card's. Messages with values (`str`) are written at their call sites.
 */
export const STATS_SOURCE_TEXT = {
  title: "Kommunale Flüchtlingsdialoge in Zahlen",
  loading: "Zahlen werden geladen …",
  error: "Die Zahlen konnten gerade nicht geladen werden. Bitte versuchen Sie es später noch einmal.",
  retry: "Erneut versuchen",
  dialogues: "Dialoge",
  municipalities: "Kommunen",
  participants: "Teilnehmende",
  registered: "Angemeldete",
  events: "Veranstaltungen",
  cancelled: "Abgesagt",
  seats: "Plätze",
  seatsTaken: "Belegte Plätze",
  waitlisted: "Auf der Warteliste",
  measures: "Maßnahmen",
  overdue: "Überfällig",
  progress: "Gesamtfortschritt der Maßnahmen",
  byKind: "Dialoge nach Art der Kommune",
  byPhase: "Dialoge nach Phase",
  byYear: "Dialoge nach Jahr",
  byTopic: "Dialoge nach Thema",
  byActorGroup: "Angemeldete nach Gruppe",
  byLanguage: "Angemeldete nach Sprache",
  needs: "Angemeldete mit besonderem Bedarf",
  byFormat: "Veranstaltungen nach Format",
  byStatus: "Maßnahmen nach Stand",
  kind: "Art",
  phase: "Phase",
  year: "Jahr",
  topic: "Thema",
  group: "Gruppe",
  language: "Sprache",
  need: "Bedarf",
  format: "Format",
  status: "Stand",
  count: "Anzahl",
  none: "Noch keine Angaben.",
  hidden: "verborgen",
  smallCounts: "Kleine Zahlen werden nicht gezeigt, um Einzelne zu schützen.",
  hiddenNote: "„verborgen“: Diese Zahl ist ebenfalls ausgeblendet, weil sich sonst eine kleine Zahl aus der Summe errechnen ließe.",
  openData: "Offene Daten",
  exportCsv: "Alle Zahlen als CSV-Datei",
  exportJson: "Alle Zahlen als JSON",
  "need.interpreting": "Dolmetschen",
  "need.childcare": "Kinderbetreuung",
  "need.accessibility": "Barrierefreiheit",
} as const;

export type StatsMessageKey = keyof typeof STATS_SOURCE_TEXT;

/** The statistics' text for `key` in the language being rendered. */
export const t = (key: StatsMessageKey | VocabularyKey): string =>
  isVocabularyKey(key) ? vocabulary(key) : msg(STATS_SOURCE_TEXT[key], { id: `stats.${key}` });

/** Whether `key` names a message, for keys built from the API's data (`kind.${kind}`). */
export const hasMessage = (key: string): key is StatsMessageKey | VocabularyKey => key in STATS_SOURCE_TEXT || isVocabularyKey(key);
