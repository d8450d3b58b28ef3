import { de, type Messages } from "../de.js";

/** Not yet translated: German until the translation lands (the catalogue test fails meanwhile). */
export const messages: Messages = { ...de };
