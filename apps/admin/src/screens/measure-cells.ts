import { isMeasureOverdue, type Measure, type WorkingGroup } from "@kfd/domain";
import { html, nothing, type TemplateResult } from "lit";
import { formatDate } from "../format.js";
import { t } from "../i18n/i18n.js";

/** What the table and the board both need to show a measure. */
export interface MeasureViewContext {
  groups: readonly WorkingGroup[];
  /** YYYY-MM-DD in Berlin, for the overdue check. */
  today: string;
  edit(measure: Measure): void;
}

/** A role as written, or the Begleitkreis by name: the catalogue never names a private person. */
export function ownerLabel(m: Measure, groups: readonly WorkingGroup[]): string {
  const r = m.responsible;
  if (!r) return t("common.none");
  if (r.kind === "role") return r.role;
  return groups.find((g) => g.id === r.workingGroupId)?.name ?? t("measures.ownerSomeGroup");
}

export function progressMeter(m: Measure): TemplateResult {
  return html`<progress max="100" .value=${m.progress} aria-label=${t("measures.progressOf", { title: m.title })}></progress> ${t("measures.percent", { progress: m.progress })}`;
}

/** The due date, and "überfällig" in words: colour alone would not reach everyone. */
export function dueDate(m: Measure, ctx: MeasureViewContext): TemplateResult {
  return html`${m.dueOn ? formatDate(m.dueOn) : t("common.none")}${isMeasureOverdue(m, ctx.today) ? html` <strong class="badge warn">${t("measures.overdue")}</strong>` : nothing}`;
}

/** `data-edit` lets focus come back to the measure after the dialog, wherever the measure now is. */
export function editButton(m: Measure, ctx: MeasureViewContext): TemplateResult {
  return html`<button type="button" class="secondary" data-edit=${m.id} @click=${() => ctx.edit(m)}>${t("common.edit")}<span class="visually-hidden">: ${m.title}</span></button>`;
}
