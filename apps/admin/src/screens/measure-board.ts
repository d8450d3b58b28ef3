import { isMeasureOverdue, MEASURE_STATUSES, type Measure } from "@kfd/domain";
import { html } from "lit";
import { formatNumber, t } from "../i18n/i18n.js";
import { measureStatusLabel } from "../i18n/labels.js";
import { dueDate, editButton, ownerLabel, progressMeter, type MeasureViewContext } from "./measure-cells.js";

/**
 * The Maßnahmenkatalog as a board: one column per status. Cards do not move by dragging;
 * the status changes in the edit dialog, which every card's button opens.
 */
export function measureBoard(measures: readonly Measure[], ctx: MeasureViewContext) {
  return html`<div class="measure-board">
    ${MEASURE_STATUSES.map((status) => {
      const column = measures.filter((m) => m.status === status);
      return html`<section class="board-column" aria-labelledby="board-${status}">
        <h3 id="board-${status}">${measureStatusLabel(status)} <span class="count">(${formatNumber(column.length)})</span></h3>
        ${column.length === 0
          ? html`<p class="muted">${t("measures.columnEmpty")}</p>`
          : html`<ul class="plain">
              ${column.map(
                (m) => html`<li class="card measure-card ${isMeasureOverdue(m, ctx.today) ? "overdue" : ""}">
                  <h4>${m.title}</h4>
                  <dl>
                    <dt>${t("measures.owner")}</dt>
                    <dd>${ownerLabel(m, ctx.groups)}</dd>
                    <dt>${t("measures.due")}</dt>
                    <dd>${dueDate(m, ctx)}</dd>
                    <dt>${t("measures.progress")}</dt>
                    <dd>${progressMeter(m)}</dd>
                  </dl>
                  ${editButton(m, ctx)}
                </li>`,
              )}
            </ul>`}
      </section>`;
    })}
  </div>`;
}
