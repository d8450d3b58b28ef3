/**
 * A tiny escaping template for server-rendered pages: every interpolated value is
 * HTML-escaped unless it is itself the result of `html` (or `trusted`), so that text
 * a municipality typed can never become markup on someone else's website.
 */
export interface SafeHtml {
  readonly __html: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function isSafe(value: unknown): value is SafeHtml {
  return typeof value === "object" && value !== null && "__html" in value;
}

type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map(render).join("");
  if (isSafe(value)) return value.__html;
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return { __html: out };
}

/** Marks markup we built ourselves (never user text) as safe to insert. */
export function trusted(markup: string): SafeHtml {
  return { __html: markup };
}
