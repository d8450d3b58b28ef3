import { msg } from "@lit/localize";

/**
 * The words that place a dialogue: kind of municipality, phase, standard topic. A module of
 * their own because the map needs only these, and loads nothing of the rest of the vocabulary.
 */
export const DIALOGUE_VOCABULARY_SOURCE_TEXT = {
  "kind.gemeinde": "Gemeinde",
  "kind.stadt": "Stadt",
  "kind.landkreis": "Landkreis",
  "phase.preparation": "Vorbereitung",
  "phase.execution": "Durchführung",
  "phase.implementation": "Ergebnisse & Umsetzung",
  "phase.completed": "Abgeschlossen",
  "topic.bauen-wohnen": "Bauen & Wohnen",
  "topic.kindergarten-schule": "Kindergarten & Schule",
  "topic.ausbildung-arbeit": "Ausbildung & Arbeit",
  "topic.gemeinschaft-nachbarschaft": "Gemeinschaft & Nachbarschaft",
  "topic.infrastruktur-sicherheit": "Infrastruktur & Sicherheit",
} as const;

export type DialogueVocabularyKey = keyof typeof DIALOGUE_VOCABULARY_SOURCE_TEXT;

export const isDialogueVocabularyKey = (key: string): key is DialogueVocabularyKey => key in DIALOGUE_VOCABULARY_SOURCE_TEXT;

/** A dialogue word in the language being rendered (ids "vocab.…", shared with the full vocabulary). */
export const dialogueVocabulary = (key: DialogueVocabularyKey): string => msg(DIALOGUE_VOCABULARY_SOURCE_TEXT[key], { id: `vocab.${key}` });
