import { ACTOR_GROUPS, MEASURE_STATUSES, RESULT_KINDS, type Steckbrief } from "@kfd/domain";
import type { CardText } from "./card-text.js";
import type { CardFormat } from "./format.js";
import { html, type SafeHtml } from "./html.js";

export const CARD_VARIANTS = ["compact", "full"] as const;
export type CardVariant = (typeof CARD_VARIANTS)[number];

export interface CardOptions {
  text: CardText;
  format: CardFormat;
  variant: CardVariant;
  /** Where "view the full profile" leads; left out on the full page itself. */
  fullProfileUrl: string | undefined;
}

/** Sections for the full variant only are still rendered in the compact one: print shows them (see the CSS). */
function section(id: string, title: string, body: SafeHtml | false, fullOnly = false): SafeHtml | false {
  return body && html`<section class="section section--${id}${fullOnly ? " full-only" : ""}"><h2 class="section__title" id="kfd-${id}">${title}</h2>${body}</section>`;
}

/**
 * What the municipality wrote is German whatever language the card speaks: marked so that
 * screen readers pronounce it as German and Arabic or Farsi pages keep its punctuation in place.
 */
function prose(text: string): SafeHtml | false {
  return text.trim() !== "" && html`<p class="prose" lang="de" dir="auto">${text}</p>`;
}

function own(text: string): SafeHtml {
  return html`<bdi lang="de">${text}</bdi>`;
}

function measures(s: Steckbrief, { text, format }: CardOptions): SafeHtml {
  const m = s.measures;
  if (m.total === 0) return html`<p class="muted">${text.measuresNone}</p>`;
  const summary = text.measuresSummary(format.number(m.byStatus.done), format.number(m.total), format.percent(m.overallProgress));
  const counts = MEASURE_STATUSES.filter((status) => m.byStatus[status] > 0).map(
    (status) => html`<div class="count count--${status}"><dt>${text.statuses[status]}</dt><dd>${format.number(m.byStatus[status])}</dd></div>`,
  );
  const overdue = m.overdue > 0 && html`<div class="count count--overdue"><dt>${text.overdue}</dt><dd>${format.number(m.overdue)}</dd></div>`;
  const list = html`<ul class="measure-list full-only">${m.items.map(
      (item) =>
        html`<li class="measure"><span class="measure__title">${own(item.title)}</span> <span class="status status--${item.status}">${text.statuses[item.status]}</span>${
          item.responsible && html`<span class="measure__meta">${text.responsible}: ${own(item.responsible)}</span>`
        }${item.dueOn && html`<span class="measure__meta">${text.dueOn}: ${format.date(item.dueOn)}</span>`}</li>`,
    )}</ul>`;
  return html`<p class="progress-text" id="kfd-measures-summary">${summary}</p><progress class="progress" max="100" value="${m.overallProgress}" aria-label="${text.progress}" aria-describedby="kfd-measures-summary">${format.percent(m.overallProgress)}</progress><dl class="counts">${counts}${overdue}</dl>${list}`;
}

function participants(s: Steckbrief, { text, format }: CardOptions): SafeHtml {
  const p = s.participants;
  const groups = ACTOR_GROUPS.filter((g) => (p.byActorGroup[g] ?? 0) > 0);
  return html`<p class="figure">${p.count === null ? text.notStated : format.number(p.count)}</p>${
    groups.length > 0 &&
    html`<dl class="counts full-only">${groups.map((g) => html`<div class="count"><dt>${text.actorGroups[g]}</dt><dd>${format.number(p.byActorGroup[g] ?? 0)}</dd></div>`)}</dl><p class="note full-only">${text.smallCounts(format.number(p.smallCountThreshold))}</p>`
  }`;
}

function results(s: Steckbrief, { text, format }: CardOptions): SafeHtml | false {
  const kinds = RESULT_KINDS.filter((k) => s.results.byKind[k] > 0);
  const summary = s.dialogue.resultsSummary;
  if (summary === "" && kinds.length === 0) return false;
  return html`${prose(summary)}${
    kinds.length > 0 && html`<dl class="counts full-only">${kinds.map((k) => html`<div class="count"><dt>${text.resultKinds[k]}</dt><dd>${format.number(s.results.byKind[k])}</dd></div>`)}</dl>`
  }`;
}

function costs(s: Steckbrief, { text, format }: CardOptions): SafeHtml | false {
  const { costs: c, funding } = s.dialogue;
  if (c.totalEuro === undefined && !c.note && funding.length === 0) return false;
  return html`${c.totalEuro !== undefined && html`<dl class="counts"><div class="count"><dt>${text.costsTotal}</dt><dd>${format.euro(c.totalEuro)}</dd></div></dl>`}${prose(c.note ?? "")}${
    funding.length > 0 &&
    html`<p class="label">${text.funding}</p><ul class="plain-list">${funding.map((f) => html`<li>${own(f.source)}${f.amountEuro !== undefined && html` (${format.euro(f.amountEuro)})`}</li>`)}</ul>`
  }`;
}

function contact(s: Steckbrief, { text }: CardOptions): SafeHtml | false {
  const c = s.dialogue.contact;
  if (!c) return false;
  return html`<address class="contact"><span class="contact__role">${own(c.role)}</span>${c.organisation && html`<span>${own(c.organisation)}</span>`}<span>${text.email}: <a href="mailto:${c.email}">${c.email}</a></span>${
    c.phone && html`<span>${text.phone}: <a href="tel:${c.phone.replace(/[^+0-9]/g, "")}">${c.phone}</a></span>`
  }</address>`;
}

/** The card's markup; the widget renders the same structure, class names and parts. */
export function renderSteckbriefCard(s: Steckbrief, options: CardOptions): SafeHtml {
  const { text, format, variant } = options;
  const d = s.dialogue;
  const method = html`<p>${text.methods[d.method]}</p><div class="full-only">${prose(d.eventConcept)}${d.facilitator !== "" && html`<p class="muted">${text.facilitator}: ${own(d.facilitator)}</p>`}</div>`;
  const events =
    s.events.length > 0 &&
    html`<ul class="plain-list">${s.events.map(
      (e) => html`<li>${format.date(e.startsAt)} · ${own(e.title)} · ${text.formats[e.format]}${e.status === "cancelled" && html` · <strong>${text.eventCancelled}</strong>`}</li>`,
    )}</ul>`;
  const groups = s.workingGroups.length > 0 && html`<ul class="plain-list">${s.workingGroups.map((g) => html`<li><strong>${own(g.name)}</strong>${g.description && html` – ${own(g.description)}`}</li>`)}</ul>`;
  return html`<article class="card card--${variant}" aria-labelledby="kfd-title">
<header class="header">
<p class="eyebrow">${text.eyebrow}</p>
<h1 class="title" id="kfd-title" lang="de" dir="auto">${d.title}</h1>
<p class="place"><span class="place__name">${own(d.municipality.name)}</span> <span class="badge">${text.kinds[d.municipality.kind]}</span> <span class="badge badge--phase">${text.phase}: ${text.phases[d.phase]}</span></p>
${d.heldOn && html`<p class="muted">${text.heldOn}: ${format.date(d.heldOn)}</p>`}
</header>
<div class="body">
${section("occasion", text.occasion, prose(d.occasion))}
${section("goals", text.goals, prose(d.goals), true)}
${section("topics", text.topics, d.topics.length > 0 && html`<ul class="topics">${d.topics.map((t) => html`<li class="topic" lang="de" dir="auto">${t.label}</li>`)}</ul>`)}
${section("method", text.method, method)}
${section("events", text.events, events, true)}
${section("participants", text.participants, participants(s, options))}
${section("results", text.results, results(s, options))}
${section("measures", text.measures, measures(s, options))}
${section("working-groups", text.workingGroups, groups, true)}
${section("costs", text.costs, costs(s, options), true)}
${section("recommendations", text.recommendations, prose(d.recommendations), true)}
${section("contact", text.contact, contact(s, options))}
</div>
${options.fullProfileUrl && html`<footer class="footer"><a class="more" href="${options.fullProfileUrl}" target="_blank" rel="noopener">${text.fullProfile}</a></footer>`}
</article>`;
}
