import { isKfdError } from "@kfd/sdk";

export interface FormProblems {
  /** The message for the whole form (shown in an alert). */
  summary: string;
  /** Field path → message. */
  fields: Record<string, string>;
}

const MESSAGES_DE: Record<string, string> = {
  unauthorized: "Bitte melden Sie sich an.",
  forbidden: "Dafür fehlt Ihnen die Berechtigung.",
  not_found: "Nicht gefunden.",
  network_error: "Der Server ist nicht erreichbar. Bitte versuchen Sie es erneut.",
};

/** A zod/mini issue list (client-side check with the domain's schema) as form problems. */
export function fromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FormProblems {
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[issue.path.map(String).join(".")] ??= issue.message;
  return { summary: `Bitte prüfen Sie ${Object.keys(fields).length === 1 ? "das markierte Feld" : "die markierten Felder"}.`, fields };
}

/** The API's answer (problem+json) as form problems: the server decides, the form shows it. */
export function fromError(error: unknown): FormProblems {
  if (!isKfdError(error)) return { summary: "Unerwarteter Fehler.", fields: {} };
  const fields: Record<string, string> = {};
  for (const e of error.fieldErrors) fields[e.path] ??= e.message;
  const summary = MESSAGES_DE[error.code] ?? (error.detail ? `${error.title}: ${error.detail}` : error.title);
  return { summary, fields };
}
