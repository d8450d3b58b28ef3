import { msg } from "@lit/localize";
import { DIALOGUE_VOCABULARY_SOURCE_TEXT } from "./dialogue-vocabulary.messages.js";

/**
 * The domain's category words (kinds of municipality, phases, methods, formats, measure statuses,
 * result kinds, actor groups, standard topics) as the card, the map and the statistics label
 * them: one German source and one translation per language, ids prefixed "vocab.". The
 * registration form words some of them differently ("Ich komme als …") and keeps its own.
 */
export const VOCABULARY_SOURCE_TEXT = {
  ...DIALOGUE_VOCABULARY_SOURCE_TEXT,
  "method.world-cafe": "World-Café",
  "method.zukunftswerkstatt": "Zukunftswerkstatt",
  "method.open-space": "Open Space",
  "method.ideenworkshop": "Ideenworkshop",
  "method.frauendialog": "Frauendialog",
  "method.mobiles-format": "Mobiles Format (z. B. Frühstücksbus)",
  "method.integrationsforum": "Integrationsforum",
  "method.workshop": "Workshop",
  "method.andere": "Anderes Format",
  "format.in-person": "Vor Ort",
  "format.online": "Online",
  "format.hybrid": "Hybrid",
  "status.planned": "Geplant",
  "status.in-progress": "In Umsetzung",
  "status.done": "Umgesetzt",
  "status.dropped": "Verworfen",
  "status.delegated": "Delegiert",
  "result.situation": "Aktuelle Situation",
  "result.handlungsfeld": "Handlungsfelder",
  "result.konfliktfeld": "Konfliktfelder",
  "result.idee": "Ideen",
  "actor.gefluechtete": "Geflüchtete",
  "actor.buergerschaft": "Bürgerschaft",
  "actor.ehrenamt": "Ehrenamt",
  "actor.verwaltung": "Verwaltung",
  "actor.politik": "Politik",
  "actor.verbaende": "Verbände",
  "actor.kirchen": "Kirchen",
  "actor.wirtschaft": "Wirtschaft",
  "actor.bildung": "Bildung",
  "actor.andere": "Andere",
  "actor.unspecified": "Ohne Angabe",
} as const;

export type VocabularyKey = keyof typeof VOCABULARY_SOURCE_TEXT;

export const isVocabularyKey = (key: string): key is VocabularyKey => key in VOCABULARY_SOURCE_TEXT;

/** A category word in the language being rendered. */
export const vocabulary = (key: VocabularyKey): string => msg(VOCABULARY_SOURCE_TEXT[key], { id: `vocab.${key}` });
