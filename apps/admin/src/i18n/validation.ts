import { t } from "./i18n.js";

/**
 * The domain's validation messages are English and meant for developers ("must not be empty").
 * The console shows each in the person's language; the server's field errors carry the same
 * texts, so one table serves the check in the browser and the answer of the API.
 */
const RULES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^must not be empty$/, () => t("validation.empty")],
  [/^must be at most (\d+) characters/, (m) => t("validation.maxChars", { max: m[1]! })],
  [/^must be a valid e-mail address$/, () => t("validation.email")],
  [/^must be a date YYYY-MM-DD$/, () => t("validation.date")],
  [/^must be an ISO 8601 date-time/, () => t("validation.dateTime")],
  [/^must be a whole number$/, () => t("validation.wholeNumber")],
  [/^must be between (\d+) and (\d+)$/, (m) => t("validation.between", { min: m[1]!, max: m[2]! })],
  [/^must be at least (\d+) characters/, (m) => t("validation.passwordLength", { min: m[1]! })],
  [/^must be at least (\d+)$/, (m) => t("validation.atLeast", { min: m[1]! })],
  [/^must be at most (\d+)$/, (m) => t("validation.atMost", { max: m[1]! })],
  [/^must not be negative$/, () => t("validation.notNegative")],
  [/^must be an AGS/, () => t("validation.ags")],
  [/^must be an ISO 639 language code/, () => t("validation.language")],
  [/^must be a phone number$/, () => t("validation.phone")],
  [/^must be an http\(s\) URL$/, () => t("validation.url")],
  [/^must be after startsAt$/, () => t("validation.afterStart")],
  [/^must be after registrationOpensAt$/, () => t("validation.afterOpening")],
  [/^is not a field of this request$/, () => t("validation.notAField")],
  [/^is too common/, () => t("validation.passwordCommon")],
  [/^must not contain the e-mail address$/, () => t("validation.passwordEmail")],
  [/^must be a Begleitkreis of this dialogue$/, () => t("validation.workingGroup")],
  [/^reserve (\d+) seats but the event has only (\d+)$/, (m) => t("validation.quotasExceed", { held: m[1]!, capacity: m[2]! })],
  [/^a municipality-editor (token )?must (have|name) at least one municipality$/, () => t("validation.editorNeedsMunicipality")],
  [/^no municipality with AGS (\d+) is known$/, (m) => t("validation.unknownMunicipality", { ags: m[1]! })],
];

interface IssueLike {
  message: string;
  code?: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
}

/** One field's problem in the console's language; an unknown text gets a general request to check the field. */
export function validationMessage(issue: IssueLike | string): string {
  const message = typeof issue === "string" ? issue : issue.message;
  for (const [pattern, translate] of RULES) {
    const match = message.match(pattern);
    if (match) return translate(match);
  }
  if (typeof issue !== "string") {
    // zod's own messages (a schema without a custom text): fall back on the issue's code and bounds.
    if (issue.code === "too_small" && issue.origin === "string") return Number(issue.minimum) <= 1 ? t("validation.empty") : t("validation.passwordLength", { min: String(issue.minimum) });
    if (issue.code === "too_small" && issue.minimum !== undefined) return t("validation.atLeast", { min: String(issue.minimum) });
    if (issue.code === "too_big" && issue.maximum !== undefined) return t("validation.atMost", { max: String(issue.maximum) });
    if (issue.code === "invalid_type") return t("validation.invalid");
  }
  return t("validation.invalid");
}
