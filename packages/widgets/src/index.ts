export * from "./base/index.js";
export * from "./registration-form/registration-form.js";
export * from "./results-map/results-map.js";
export * from "./stats/stats.js";
export * from "./steckbrief-card/steckbrief-card.js";
