export { apiOptions } from "./api.js";
export { define } from "./define.js";
export { emit, type KfdEventDetails, type KfdEventName, type KfdEvents } from "./events.js";
export { formatDate, formatEventTime, formatList, formatNumber, languageName } from "./format.js";
export { KfdElement } from "./kfd-element.js";
export { inheritedLanguage } from "./language.js";
export { inLocale, loadLocale } from "./localize.js";
export { baseStyles } from "./styles.js";
