import { isMeasureOverdue, type Measure } from "@kfd/domain";
import { html } from "lit";
import { t } from "../i18n/i18n.js";
import { measureStatusLabel } from "../i18n/labels.js";
import { dueDate, editButton, ownerLabel, progressMeter, type MeasureViewContext } from "./measure-cells.js";

/** The Maßnahmenkatalog as a table: one row per measure. */
export function measureTable(measures: readonly Measure[], ctx: MeasureViewContext) {
  return html`<div class="table-wrap"><table class="measures">
    <caption class="visually-hidden">${t("measures.caption")}</caption>
    <thead>
      <tr>
        <th scope="col">${t("measures.title")}</th>
        <th scope="col">${t("measures.status")}</th>
        <th scope="col">${t("measures.progress")}</th>
        <th scope="col">${t("measures.owner")}</th>
        <th scope="col">${t("measures.due")}</th>
        <th scope="col"><span class="visually-hidden">${t("common.actions")}</span></th>
      </tr>
    </thead>
    <tbody>
      ${measures.map(
        (m) => html`<tr class=${isMeasureOverdue(m, ctx.today) ? "overdue" : ""}>
          <th scope="row">${m.title}</th>
          <td>${measureStatusLabel(m.status)}</td>
          <td>${progressMeter(m)}</td>
          <td>${ownerLabel(m, ctx.groups)}</td>
          <td>${dueDate(m, ctx)}</td>
          <td>${editButton(m, ctx)}</td>
        </tr>`,
      )}
    </tbody>
  </table></div>`;
}
