import { html, nothing, type TemplateResult } from "lit";
import { t } from "./i18n/i18n.js";
import type { FormProblems } from "./problem.js";

/** The form field a problem's path points at: "contact.email" is the field #f-contact-email. */
export const fieldId = (path: string): string => `f-${path.replaceAll(".", "-")}`;

export interface NamedProblem {
  /** The field's id when the form has it, for a link that moves focus there. */
  fieldId: string | null;
  text: string;
}

function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll("[aria-hidden='true']")) hidden.remove();
  return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** The name the person sees on the field, with the group around it ("Förderung 2 – Betrag in Euro"). */
function visibleName(field: HTMLElement): string | null {
  const label = field instanceof HTMLFieldSetElement ? field.querySelector(":scope > legend") : (field as HTMLInputElement).labels?.[0];
  if (!label) return null;
  const name = visibleText(label);
  const group = field.parentElement?.closest("fieldset")?.querySelector(":scope > legend");
  return group ? t("fieldProblem.inGroup", { group: visibleText(group), field: name }) : name;
}

/**
 * Each field's problem under the name the form shows for that field, so the alert says which
 * field is wrong ("Kontakt – E-Mail-Adresse: …") rather than only that one is.
 */
export function namedProblems(problems: FormProblems, form: HTMLElement): NamedProblem[] {
  return Object.entries(problems.fields).map(([path, problem]) => {
    const field = form.querySelector<HTMLElement>(`#${CSS.escape(fieldId(path))}`);
    const name = field ? visibleName(field) : null;
    return { fieldId: field ? field.id : null, text: name ? t("fieldProblem.at", { field: name, problem }) : problem };
  });
}

function focusField(e: Event, id: string): void {
  // The console routes by history; a plain #fragment would count as navigation and move focus to the heading.
  e.preventDefault();
  document.getElementById(id)?.focus();
}

/** The alert above a form that failed, listing each field's problem as a link to the field. */
export function problemAlert(problems: FormProblems | null, named: readonly NamedProblem[]): TemplateResult | typeof nothing {
  if (!problems) return nothing;
  return html`<div class="alert" role="alert" tabindex="-1">
    <p>${problems.summary}</p>
    ${named.length > 0
      ? html`<ul>
          ${named.map((p) => html`<li>${p.fieldId ? html`<a href="#${p.fieldId}" @click=${(e: Event) => focusField(e, p.fieldId!)}>${p.text}</a>` : p.text}</li>`)}
        </ul>`
      : nothing}
  </div>`;
}
