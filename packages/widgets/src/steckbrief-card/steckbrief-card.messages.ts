import { msg } from "@lit/localize";
import { isVocabularyKey, vocabulary, type VocabularyKey } from "../base/vocabulary.messages.js";

/**
 * The card's German source texts by message id (without the "card." prefix). Looking them
 * up by id keeps the bundle small: one table instead of a `msg()` call site per label.
 * Messages with values (`str`) are written at their call sites.
 */
export const CARD_SOURCE_TEXT = {
  eyebrow: "Steckbrief",
  phase: "Phase",
  heldOn: "Durchgeführt am",
  occasion: "Anlass",
  goals: "Ziele",
  topics: "Themen",
  method: "Methode und Format",
  facilitator: "Begleitung",
  participants: "Teilnehmende",
  notStated: "Keine Angabe",
  results: "Ergebnisse in Kürze",
  measures: "Maßnahmenkatalog",
  progress: "Fortschritt",
  measuresNone: "Noch keine Maßnahmen erfasst.",
  overdue: "Überfällig",
  responsible: "Verantwortlich",
  dueOn: "Fällig bis",
  costs: "Kosten",
  costsTotal: "Gesamtkosten",
  funding: "Förderung",
  recommendations: "Empfehlungen",
  contact: "Kontakt",
  email: "E-Mail",
  phone: "Telefon",
  workingGroups: "Begleitkreise",
  events: "Veranstaltungen",
  eventCancelled: "abgesagt",
  notFound: "Diesen Steckbrief gibt es nicht oder er ist nicht veröffentlicht.",
  fullProfile: "Ganzen Steckbrief ansehen",
  loading: "Steckbrief wird geladen …",
  networkError: "Der Steckbrief konnte gerade nicht geladen werden. Bitte versuchen Sie es später noch einmal.",
  retry: "Erneut versuchen",
} as const;

export type CardMessageKey = keyof typeof CARD_SOURCE_TEXT;

/** The card's text for `key` in the language being rendered. */
export const t = (key: CardMessageKey | VocabularyKey): string =>
  isVocabularyKey(key) ? vocabulary(key) : msg(CARD_SOURCE_TEXT[key], { id: `card.${key}` });
