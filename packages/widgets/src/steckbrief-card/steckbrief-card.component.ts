import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { msg, str } from "@lit/localize";
import type { ActorGroup, MeasureStatus, ResultKind, Steckbrief } from "@kfd/domain";
import { getSteckbrief, isKfdError } from "@kfd/sdk";
import { apiOptions, formatDate, formatNumber, KfdElement } from "../base/index.js";
import { t } from "./steckbrief-card.messages.js";
import { steckbriefCardStyles } from "./steckbrief-card.styles.js";
import { progressStyles } from "../base/progress.styles.js";

type LoadState = { kind: "idle" | "loading" | "not-found" | "error" } | { kind: "loaded"; steckbrief: Steckbrief };

/** Keys with a count above zero, in the order the API sends them (the domain's order): no domain import, no zod in the bundle. */
const present = <K extends string>(counts: Partial<Record<K, number>>) => (Object.keys(counts) as K[]).filter((k) => (counts[k] ?? 0) > 0);

/*
 * What the municipality wrote is German whatever language the card speaks: marked so that
 * screen readers pronounce it as German and Arabic or Farsi keep its punctuation in place.
 */
const text = (value: string) => value.trim() !== "" && html`<p class="prose" lang="de" dir="auto">${value}</p>`;
const own = (value: string) => html`<bdi lang="de">${value}</bdi>`;

/**
 * @tag kfd-steckbrief-card
 * @summary The published profile (Steckbrief) of a Kommunaler Flüchtlingsdialog: municipality, occasion, topics,
 * method, participants, results, the Maßnahmenkatalog's progress, costs, recommendations and contact.
 *
 * @event kfd-loaded - The Steckbrief was loaded and is shown. `detail: { dialogue, title }` (dialogue is the slug).
 * @event kfd-error - Loading failed. `detail: { code, status }`: `not_found` (404) or `network_error` (status 0), or the API's problem code.
 *
 * @csspart base - The card's box.
 * @csspart header - Eyebrow, title, municipality and phase.
 * @csspart title - The dialogue's title (a heading of level `heading-level`).
 * @csspart section - Each section of the card (occasion, topics, …).
 * @csspart section-title - The heading of each section.
 * @csspart topic - One topic chip.
 * @csspart progress - The progress bar of the Maßnahmenkatalog (a native `<progress>`).
 * @csspart progress-text - "3 von 8 Maßnahmen umgesetzt, 45 %".
 * @csspart contact - The contact address block.
 * @csspart more-link - The link to the full public Steckbrief page (compact variant).
 * @csspart message - Loading, not-found and error messages.
 * @csspart retry-button - The button that loads again after a network error.
 *
 * @cssproperty --kfd-color-progress - Fill of the progress bar. Default: the success colour.
 * @cssproperty --kfd-card-shadow - Shadow of the card. Default: a faint one; none in print.
 */
export class KfdSteckbriefCard extends KfdElement {
  static override styles = [KfdElement.styles, progressStyles, steckbriefCardStyles];

  /** Base URL of the kfd API, e.g. `https://kfd.example.de`; empty means the page's own origin. */
  @property() api = "";

  /** Slug or id of the dialogue whose Steckbrief is shown. */
  @property() dialogue = "";

  /** `full` shows every section; `compact` the essentials (printing always shows everything). */
  @property({ reflect: true }) variant: "compact" | "full" = "full";

  /** Level (1–6) of the card's title, so it fits the page's outline; section titles are one level below. */
  @property({ attribute: "heading-level", type: Number }) headingLevel = 2;

  /** A Steckbrief to show as given, without loading one: the staff console's preview of an unpublished dialogue. */
  @property({ attribute: false }) data: Steckbrief | undefined = undefined;

  @state() private load: LoadState = { kind: "idle" };

  private abort: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM while loading (a CMS re-rendering its column): the request was aborted.
    if (this.hasUpdated && this.load.kind !== "loaded") void this.fetchSteckbrief();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.data) {
      if (changed.has("data")) this.load = { kind: "loaded", steckbrief: this.data };
      return;
    }
    if ((changed.has("api") || changed.has("dialogue")) && this.isConnected) void this.fetchSteckbrief();
  }

  private async fetchSteckbrief(): Promise<void> {
    this.abort?.abort();
    const dialogue = this.dialogue.trim();
    if (!dialogue) {
      this.load = { kind: "idle" };
      return;
    }
    const abort = (this.abort = new AbortController());
    this.load = { kind: "loading" };
    try {
      const steckbrief = await getSteckbrief(apiOptions(this.api) ?? { baseUrl: "" }, dialogue, { signal: abort.signal });
      this.load = { kind: "loaded", steckbrief };
      this.emit("kfd-loaded", { dialogue: steckbrief.dialogue.slug, title: steckbrief.dialogue.title });
    } catch (error) {
      if (abort.signal.aborted) return;
      const status = isKfdError(error) ? error.status : 0;
      const code = isKfdError(error) ? error.code : "network_error";
      this.load = { kind: status === 404 ? "not-found" : "error" };
      this.emit("kfd-error", { code, status });
    }
  }

  private level(offset: number): string {
    const n = Math.round(Number(this.headingLevel));
    return String(Math.min(6, Math.max(1, Number.isFinite(n) ? n : 2) + offset));
  }

  private section(name: string, title: string, body: unknown, fullOnly = false): TemplateResult | typeof nothing {
    if (!body) return nothing;
    return html`<section class="section s-${name}${fullOnly ? " full-only" : ""}" part="section">
      <div class="section-title" part="section-title" role="heading" aria-level=${this.level(1)}>${title}</div>
      ${body}
    </section>`;
  }

  private number = (n: number) => formatNumber(n, this.locale);

  private percent(n: number): string {
    return new Intl.NumberFormat(this.locale, { style: "percent" }).format(n / 100);
  }

  private euro(n: number): string {
    return new Intl.NumberFormat(this.locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(n);
  }

  private date = (iso: string) => formatDate(iso.length === 10 ? `${iso}T12:00:00Z` : iso, this.locale);

  private count(label: string, value: string, name = "") {
    return html`<div class="count ${name}"><dt>${label}</dt><dd>${value}</dd></div>`;
  }

  private renderMeasures(s: Steckbrief) {
    const m = s.measures;
    if (m.total === 0) return html`<p class="muted">${t("measuresNone")}</p>`;
    const done = this.number(m.byStatus.done);
    const total = this.number(m.total);
    const percent = this.percent(m.overallProgress);
    return html`<p class="progress-text" part="progress-text" id="measures-summary">
        ${msg(str`${done} von ${total} Maßnahmen umgesetzt, ${percent}`, { id: "card.measuresSummary" })}
      </p>
      <progress class="progress" part="progress" max="100" .value=${m.overallProgress} aria-label=${t("progress")} aria-describedby="measures-summary">
        ${percent}
      </progress>
      <dl class="counts">
        ${present<MeasureStatus>(m.byStatus).map((status) => this.count(t(`status.${status}`), this.number(m.byStatus[status]), status))}
        ${m.overdue > 0 ? this.count(t("overdue"), this.number(m.overdue), "overdue") : nothing}
      </dl>
      <ul class="measure-list full-only">
        ${m.items.map(
          (item) => html`<li class="measure">
            <span class="measure-title">${own(item.title)}</span> <span class="status ${item.status}">${t(`status.${item.status}`)}</span>
            ${item.responsible ? html`<span class="meta">${t("responsible")}: ${own(item.responsible)}</span>` : nothing}
            ${item.dueOn ? html`<span class="meta">${t("dueOn")}: ${this.date(item.dueOn)}</span>` : nothing}
          </li>`,
        )}
      </ul>`;
  }

  private renderParticipants(s: Steckbrief) {
    const p = s.participants;
    const groups = present<ActorGroup>(p.byActorGroup);
    const threshold = this.number(p.smallCountThreshold);
    return html`<p class="figure">${p.count === null ? t("notStated") : this.number(p.count)}</p>
      ${groups.length > 0
        ? html`<dl class="counts full-only">${groups.map((g) => this.count(t(`actor.${g}`), this.number(p.byActorGroup[g] ?? 0)))}</dl>
            <p class="note full-only">
              ${msg(str`Gruppen unter ${threshold} Personen werden zum Schutz der Teilnehmenden nicht einzeln genannt.`, { id: "card.smallCounts" })}
            </p>`
        : nothing}`;
  }

  private renderResults(s: Steckbrief) {
    const kinds = present<ResultKind>(s.results.byKind);
    if (s.dialogue.resultsSummary.trim() === "" && kinds.length === 0) return false;
    return html`${text(s.dialogue.resultsSummary) || nothing}
      ${kinds.length > 0 ? html`<dl class="counts full-only">${kinds.map((k) => this.count(t(`result.${k}`), this.number(s.results.byKind[k])))}</dl>` : nothing}`;
  }

  private renderCosts(s: Steckbrief) {
    const { costs, funding } = s.dialogue;
    if (costs.totalEuro === undefined && !costs.note && funding.length === 0) return false;
    return html`${costs.totalEuro !== undefined ? html`<dl class="counts">${this.count(t("costsTotal"), this.euro(costs.totalEuro))}</dl>` : nothing}
      ${text(costs.note ?? "") || nothing}
      ${funding.length > 0
        ? html`<p class="label">${t("funding")}</p>
            <ul class="plain-list">
              ${funding.map((f) => html`<li>${own(f.source)}${f.amountEuro !== undefined ? ` (${this.euro(f.amountEuro)})` : ""}</li>`)}
            </ul>`
        : nothing}`;
  }

  private renderContact(s: Steckbrief) {
    const c = s.dialogue.contact;
    if (!c) return false;
    return html`<address class="contact" part="contact">
      <span class="contact-role">${own(c.role)}</span>
      ${c.organisation ? html`<span>${own(c.organisation)}</span>` : nothing}
      <span>${t("email")}: <a href="mailto:${c.email}">${c.email}</a></span>
      ${c.phone ? html`<span>${t("phone")}: <a href="tel:${c.phone.replace(/[^+0-9]/g, "")}">${c.phone}</a></span>` : nothing}
    </address>`;
  }

  private renderCard(s: Steckbrief) {
    const d = s.dialogue;
    const base = (this.api.trim() || "").replace(/\/+$/, "");
    const events =
      s.events.length > 0 &&
      html`<ul class="plain-list">
        ${s.events.map(
          (e) => html`<li>${this.date(e.startsAt)} · ${own(e.title)} · ${t(`format.${e.format}`)}${e.status === "cancelled" ? html` · <strong>${t("eventCancelled")}</strong>` : nothing}</li>`,
        )}
      </ul>`;
    const groups =
      s.workingGroups.length > 0 &&
      html`<ul class="plain-list">
        ${s.workingGroups.map((g) => html`<li><strong>${own(g.name)}</strong>${g.description ? html` – ${own(g.description)}` : ""}</li>`)}
      </ul>`;
    return html`<article class="root card" part="base" lang=${this.locale} aria-labelledby="title">
      <header class="header" part="header">
        <p class="eyebrow">${t("eyebrow")}</p>
        <div class="title" part="title" id="title" role="heading" aria-level=${this.level(0)} lang="de" dir="auto">${d.title}</div>
        <p class="place">
          <span class="place-name">${own(d.municipality.name)}</span>
          <span class="badge">${t(`kind.${d.municipality.kind}`)}</span>
          <span class="badge phase">${t("phase")}: ${t(`phase.${d.phase}`)}</span>
        </p>
        ${d.heldOn ? html`<p class="muted">${t("heldOn")}: ${this.date(d.heldOn)}</p>` : nothing}
      </header>
      <div class="body">
        ${this.section("occasion", t("occasion"), text(d.occasion))}
        ${this.section("goals", t("goals"), text(d.goals), true)}
        ${this.section(
          "topics",
          t("topics"),
          d.topics.length > 0 && html`<ul class="topics">${d.topics.map((topic) => html`<li class="topic" part="topic" lang="de" dir="auto">${topic.label}</li>`)}</ul>`,
        )}
        ${this.section(
          "method",
          t("method"),
          html`<p>${t(`method.${d.method}`)}</p>
            <div class="full-only">${text(d.eventConcept) || nothing}${d.facilitator ? html`<p class="muted">${t("facilitator")}: ${own(d.facilitator)}</p>` : nothing}</div>`,
        )}
        ${this.section("events", t("events"), events, true)} ${this.section("participants", t("participants"), this.renderParticipants(s))}
        ${this.section("results", t("results"), this.renderResults(s))} ${this.section("measures", t("measures"), this.renderMeasures(s))}
        ${this.section("working-groups", t("workingGroups"), groups, true)} ${this.section("costs", t("costs"), this.renderCosts(s), true)}
        ${this.section("recommendations", t("recommendations"), text(d.recommendations), true)}
        ${this.section("contact", t("contact"), this.renderContact(s))}
      </div>
      ${this.variant === "compact"
        ? html`<p class="footer"><a class="more" part="more-link" href="${base}/steckbrief/${encodeURIComponent(d.slug)}${this.locale === "de" ? "" : `?lang=${this.locale}`}" target="_blank" rel="noopener"
              >${t("fullProfile")}</a
            ></p>`
        : nothing}
    </article>`;
  }

  protected override render() {
    const state = this.load;
    if (state.kind === "loaded") return this.renderCard(state.steckbrief);
    const message =
      state.kind === "not-found"
        ? html`<p class="message" part="message" role="alert">${t("notFound")}</p>`
        : state.kind === "error"
          ? html`<div class="message" part="message" role="alert">
              <p>${t("networkError")}</p>
              <button class="button secondary" part="retry-button" type="button" @click=${() => void this.fetchSteckbrief()}>${t("retry")}</button>
            </div>`
          : html`<p class="message muted" part="message" role="status">${state.kind === "loading" ? t("loading") : ""}</p>`;
    return html`<div class="root" part="base" lang=${this.locale} aria-busy=${state.kind === "loading" ? "true" : "false"}>${message}</div>`;
  }
}
