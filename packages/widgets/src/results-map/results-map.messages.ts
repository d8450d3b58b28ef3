import { msg } from "@lit/localize";
import { dialogueVocabulary, isDialogueVocabularyKey, type DialogueVocabularyKey } from "../base/dialogue-vocabulary.messages.js";

/**
 * The map's German source texts by message id (without the "map." prefix), looked up by id
 * like the card's. Messages with values (`str`) are written at their call sites.
 */
export const MAP_SOURCE_TEXT = {
  label: "Karte der Kommunalen Flüchtlingsdialoge",
  keyboardHint: "Pfeiltasten wechseln zur nächsten Markierung, Eingabe öffnet sie, Plus und Minus zoomen, Escape schließt.",
  filters: "Dialoge filtern",
  topic: "Thema",
  phase: "Phase",
  year: "Jahr",
  all: "Alle",
  zoomIn: "Vergrößern",
  zoomOut: "Verkleinern",
  zoomReset: "Ganze Karte zeigen",
  legend: "Legende",
  table: "Alle Dialoge als Tabelle",
  municipality: "Kommune",
  kind: "Art",
  topics: "Themen",
  showOnMap: "Auf der Karte zeigen",
  showInTable: "In der Tabelle zeigen",
  openSteckbrief: "Steckbrief ansehen",
  close: "Schließen",
  participants: "Teilnehmende",
  notStated: "Keine Angabe",
  example: "Beispieldaten",
  empty: "Für diese Auswahl gibt es keine Dialoge.",
  loading: "Karte wird geladen …",
  error: "Die Karte konnte gerade nicht geladen werden. Bitte versuchen Sie es später noch einmal.",
  retry: "Erneut versuchen",
  perKreis: "Dialoge je Kreis",
  kreis: "Kreis",
  dialogues: "Dialoge",
  source: "Kartengrundlage",
} as const;

export type MapMessageKey = keyof typeof MAP_SOURCE_TEXT;

/** The map's text for `key` in the language being rendered. */
export const t = (key: MapMessageKey | DialogueVocabularyKey): string =>
  isDialogueVocabularyKey(key) ? dialogueVocabulary(key) : msg(MAP_SOURCE_TEXT[key], { id: `map.${key}` });

/**
 * A topic's label: the five standard topics are translated; a municipality's own topics
 * arrive as slugs only, so they are shown as words ("sport-und-freizeit" → "Sport und freizeit").
 */
export function topicLabel(slug: string): string {
  const key = `topic.${slug}`;
  if (isDialogueVocabularyKey(key)) return dialogueVocabulary(key);
  const words = slug.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
