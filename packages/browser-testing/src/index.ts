export { axeViolations, type AxeViolation } from "./axe.js";
export { CHROMIUM_ARGS, launchChromium } from "./chromium.js";
