import { isKfdError } from "@kfd/sdk";
import { hasMessage, t } from "./i18n/i18n.js";
import { validationMessage } from "./i18n/validation.js";

export interface FormProblems {
  /** The message for the whole form (shown in an alert). */
  summary: string;
  /** Field path → message. */
  fields: Record<string, string>;
}

type Issue = Parameters<typeof validationMessage>[0] & { path: readonly PropertyKey[] };

function summaryFor(fields: Record<string, string>): string {
  return Object.keys(fields).length === 1 ? t("problem.checkField") : t("problem.checkFields");
}

/** A zod/mini issue list (client-side check with the domain's schema) as form problems. */
export function fromIssues(issues: readonly Issue[]): FormProblems {
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[issue.path.map(String).join(".")] ??= validationMessage(issue);
  return { summary: summaryFor(fields), fields };
}

/** The API's answer (problem+json) as form problems: the server decides, the form shows it. */
export function fromError(error: unknown): FormProblems {
  if (!isKfdError(error)) return { summary: t("problem.unexpected"), fields: {} };
  const fields: Record<string, string> = {};
  for (const e of error.fieldErrors) fields[e.path] ??= validationMessage(e.message);
  const known = `problem.${error.code}`;
  const summary = hasMessage(known)
    ? t(known)
    : error.code === "validation_failed" && Object.keys(fields).length > 0
      ? summaryFor(fields)
      : error.detail
        ? `${error.title}: ${error.detail}`
        : error.title;
  return { summary, fields };
}
