import { accounts } from "./messages/accounts.js";
import { common } from "./messages/common.js";
import { dialogue } from "./messages/dialogue.js";
import { events } from "./messages/events.js";
import { labels } from "./messages/labels.js";
import { preparation } from "./messages/preparation.js";
import { results } from "./messages/results.js";
import { shell } from "./messages/shell.js";

/**
 * The source catalogue: German, the console's first language. Each area keeps its strings in
 * its own file under messages/; translations are complete copies keyed the same way.
 */
export const de = {
  ...accounts,
  ...common,
  ...dialogue,
  ...events,
  ...labels,
  ...preparation,
  ...results,
  ...shell,
} as const;

export type MessageId = keyof typeof de;

type PluralBase<K> = K extends `${infer Base}.other` ? Base : never;
/** Keys called through `tn()`: German needs `.one` and `.other`, other languages may need more. */
export type PluralId = PluralBase<MessageId>;
type ExtraPluralForm = "zero" | "two" | "few" | "many";

/** A translation: every German message, plus the plural forms its language has beyond one/other. */
export type Messages = Record<MessageId, string> & Partial<Record<`${PluralId}.${ExtraPluralForm}`, string>>;
