import type { EventNeeds } from "@kfd/domain";
import { html, nothing, type TemplateResult } from "lit";
import { languageName } from "../format.js";
import { formatNumber, t } from "../i18n/i18n.js";
import { actorGroupLabel } from "../i18n/labels.js";

/** What the people registered need, summed up so the town can book interpreters, childcare and an accessible room. */
export function eventNeeds(n: EventNeeds): TemplateResult {
  return html`<section aria-labelledby="needs-heading" class="card">
    <h2 id="needs-heading">${t("event.needs.heading")}</h2>
    <dl class="facts">
      <div><dt>${t("event.needs.confirmed")}</dt><dd>${t("event.needs.confirmedOf", { confirmed: formatNumber(n.registrations.confirmed), capacity: formatNumber(n.capacity) })}</dd></div>
      <div><dt>${t("event.needs.waitlisted")}</dt><dd>${formatNumber(n.registrations.waitlisted)}</dd></div>
      <div><dt>${t("event.needs.children")}</dt><dd>${formatNumber(n.childcare.children.confirmed)}</dd></div>
      <div><dt>${t("event.needs.accessibility")}</dt><dd>${formatNumber(n.accessibility.confirmed)}</dd></div>
      ${n.interpreting.map((i) => html`<div><dt>${t("event.needs.interpreting", { language: languageName(i.language) })}</dt><dd>${formatNumber(i.confirmed)}</dd></div>`)}
    </dl>
    ${n.uncoveredInterpreting.length > 0
      ? html`<p class="warn-text">${t("event.needs.uncovered", { languages: n.uncoveredInterpreting.map(languageName).join(", ") })}</p>`
      : nothing}
    <h3>${t("event.needs.byGroup")}</h3>
    <ul class="plain">
      ${n.byActorGroup.map(
        (g) =>
          html`<li>${t("event.needs.groupCounts", {
            group: g.actorGroup ? actorGroupLabel(g.actorGroup) : t("event.needs.noGroup"),
            confirmed: formatNumber(g.confirmed),
            waitlisted: formatNumber(g.waitlisted),
          })}</li>`,
      )}
    </ul>
  </section>`;
}
