import type { Registration } from "@kfd/domain";

export const CSV_SEPARATORS = { semicolon: ";", comma: "," } as const;
export type CsvSeparator = keyof typeof CSV_SEPARATORS;

const COLUMNS: [header: string, value: (r: Registration) => string | number | boolean | null | undefined][] = [
  ["id", (r) => r.id],
  ["status", (r) => r.status],
  ["name", (r) => r.name],
  ["email", (r) => r.email],
  ["actorGroup", (r) => r.actorGroup],
  ["language", (r) => r.language],
  ["interpreting", (r) => r.interpreting],
  ["childcareChildren", (r) => r.childcare?.children],
  ["childcareAges", (r) => r.childcare?.ages],
  ["accessibilityNeeds", (r) => r.accessibilityNeeds],
  ["waitlistPosition", (r) => r.waitlistPosition],
  ["attended", (r) => r.attended],
  ["consentVersion", (r) => r.consentVersion],
  ["consentedAt", (r) => r.consentedAt],
  ["createdAt", (r) => r.createdAt],
  ["cancelledAt", (r) => r.cancelledAt],
  ["personalDataErasedAt", (r) => r.personalDataErasedAt],
];

/**
 * A spreadsheet must never run what a registrant typed: a cell that a spreadsheet would read as
 * a formula (=, +, -, @, tab, CR) gets a leading apostrophe (OWASP's advice).
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * UTF-8 with a byte-order mark so Excel reads umlauts and Arabic script correctly; semicolons
 * by default because German Excel splits columns on them, CRLF line ends per RFC 4180.
 */
export function registrationsCsv(registrations: readonly Registration[], separator: CsvSeparator = "semicolon"): string {
  const sep = CSV_SEPARATORS[separator];
  const lines = [COLUMNS.map(([header]) => header).join(sep)];
  for (const r of registrations) lines.push(COLUMNS.map(([, value]) => csvCell(value(r))).join(sep));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
