import { html, nothing, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import type { FormProblems } from "./problem.js";

interface FieldOptions {
  name: string;
  label: string;
  value?: string | number | undefined;
  type?: string;
  required?: boolean;
  hint?: string;
  problems?: FormProblems | null;
  /** The field path in the API's problems when it differs from the name. */
  path?: string;
  min?: string;
  max?: string;
}

function described(o: FieldOptions): { id: string; error: string | undefined; describedBy: string | undefined } {
  const id = `f-${o.name}`;
  const error = o.problems?.fields[o.path ?? o.name];
  const ids = [o.hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return { id, error, describedBy: ids || undefined };
}

function extras(o: FieldOptions, id: string, error: string | undefined): TemplateResult {
  return html`${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : nothing}${error
    ? html`<p class="field-error" id="${id}-error">${error}</p>`
    : nothing}`;
}

export function textField(o: FieldOptions): TemplateResult {
  const { id, error, describedBy } = described(o);
  return html`<div class="field">
    <label for=${id}>${o.label}${o.required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
    <input id=${id} name=${o.name} type=${o.type ?? "text"} .value=${String(o.value ?? "")} ?required=${o.required ?? false}
      min=${ifDefined(o.min)} max=${ifDefined(o.max)}
      aria-invalid=${error ? "true" : "false"} aria-describedby=${ifDefined(describedBy)} />
    ${extras(o, id, error)}
  </div>`;
}

export function textArea(o: FieldOptions): TemplateResult {
  const { id, error, describedBy } = described(o);
  return html`<div class="field">
    <label for=${id}>${o.label}${o.required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
    <textarea id=${id} name=${o.name} rows="3" .value=${String(o.value ?? "")} ?required=${o.required ?? false}
      aria-invalid=${error ? "true" : "false"} aria-describedby=${ifDefined(describedBy)}></textarea>
    ${extras(o, id, error)}
  </div>`;
}

export function selectField(o: FieldOptions & { options: readonly { value: string; label: string }[] }): TemplateResult {
  const { id, error, describedBy } = described(o);
  return html`<div class="field">
    <label for=${id}>${o.label}</label>
    <select id=${id} name=${o.name} aria-invalid=${error ? "true" : "false"} aria-describedby=${ifDefined(describedBy)}>
      ${o.options.map((opt) => html`<option value=${opt.value} ?selected=${String(o.value ?? "") === opt.value}>${opt.label}</option>`)}
    </select>
    ${extras(o, id, error)}
  </div>`;
}

export function checkboxGroup(o: { name: string; legend: string; options: readonly { value: string; label: string }[]; checked: readonly string[]; problems?: FormProblems | null }): TemplateResult {
  const error = o.problems?.fields[o.name];
  return html`<fieldset class="checkbox-group">
    <legend>${o.legend}</legend>
    ${o.options.map(
      (opt) => html`<label class="check"><input type="checkbox" name=${o.name} value=${opt.value} ?checked=${o.checked.includes(opt.value)} /> ${opt.label}</label>`,
    )}
    ${error ? html`<p class="field-error">${error}</p>` : nothing}
  </fieldset>`;
}

/** The alert above a form that failed; focus moves to it so keyboard users hear it at once. */
export function problemSummary(problems: FormProblems | null): TemplateResult | typeof nothing {
  if (!problems) return nothing;
  return html`<div class="alert" role="alert" tabindex="-1">${problems.summary}</div>`;
}

export function focusProblem(root: HTMLElement): void {
  requestAnimationFrame(() => root.querySelector<HTMLElement>(".alert, [aria-invalid='true']")?.focus());
}

export function formValues(form: HTMLFormElement): { text(name: string): string; all(name: string): string[]; checked(name: string): boolean } {
  const data = new FormData(form);
  return {
    text: (name) => String(data.get(name) ?? "").trim(),
    all: (name) => data.getAll(name).map(String),
    checked: (name) => data.get(name) !== null,
  };
}
