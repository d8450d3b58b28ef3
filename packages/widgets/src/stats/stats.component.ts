import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { msg, str } from "@lit/localize";
import type { ProgrammeStats, PublishedCount } from "@kfd/domain";
import { getStats, isKfdError, statsUrl } from "@kfd/sdk";
import { apiOptions, formatDate, formatNumber, KfdElement, languageName } from "../base/index.js";
import { share } from "./share.js";
import { hasMessage, t, type StatsMessageKey } from "./stats.messages.js";
import { statsStyles } from "./stats.styles.js";
import { progressStyles } from "../base/progress.styles.js";

type LoadState = { kind: "idle" | "loading" | "error" } | { kind: "loaded"; stats: ProgrammeStats };

interface Row {
  label: string;
  value: PublishedCount;
  /** A municipality's own topic arrives in German only. */
  german?: boolean;
}

/** The API's suppression marks, written out so that no domain code (and no zod) enters the bundle. */
const SUPPRESSED = "suppressed";

/** Rows of a record in the order the API sends it (the domain's order). */
function rowsOf(counts: Partial<Record<string, PublishedCount>>, label: (key: string) => string): Row[] {
  return Object.entries(counts).flatMap(([key, value]) => (value === undefined ? [] : [{ label: label(key), value }]));
}

/**
 * @tag kfd-stats
 * @summary The programme's reach in figures: dialogues by kind of municipality, phase, year and topic,
 * participants by group, events and seats, measures by status and their overall progress — each chart
 * a real data table with CSS bars, small counts of people shown as "< 5", and a link to the open data.
 *
 * @event kfd-loaded - The figures were loaded and are shown. `detail: { generatedAt, dialogues }` (when the API took them; how many dialogues they cover).
 * @event kfd-error - Loading failed. `detail: { code, status }`: `network_error` (status 0) or the API's problem code.
 *
 * @csspart base - The widget's box.
 * @csspart title - The widget's title (a heading of level `heading-level`).
 * @csspart section - Each section in the full variant (dialogues, participants, events, measures).
 * @csspart section-title - The heading of each section.
 * @csspart figures - A list of key figures.
 * @csspart chart - A chart: a data table with a caption, a row per category and a bar per row.
 * @csspart chart-caption - The caption of a chart.
 * @csspart bar - One bar of a chart; its length is `--_share` (0…1) of the track.
 * @csspart progress - The overall progress of the measures (a native `<progress>`).
 * @csspart progress-text - "5 von 12 Maßnahmen umgesetzt, Gesamtfortschritt 48 %".
 * @csspart note - The explanation of small counts that are not shown.
 * @csspart export - The open-data links.
 * @csspart export-link - A link to the CSV or JSON download.
 * @csspart message - Loading and error messages.
 * @csspart retry-button - The button that loads again after an error.
 *
 * @cssproperty --kfd-color-bar - Fill of the bars. Default: the primary colour.
 * @cssproperty --kfd-color-progress - Fill of the progress bar. Default: the success colour.
 */
export class KfdStats extends KfdElement {
  static override styles = [KfdElement.styles, progressStyles, statsStyles];

  /** Base URL of the kfd API, e.g. `https://kfd.example.de`; empty means the page's own origin. */
  @property() api = "";

  /** `summary` shows the key figures and the overall progress; `full` adds every breakdown as a chart. */
  @property({ reflect: true }) variant: "summary" | "full" = "summary";

  /** Level (1–6) of the widget's title, so it fits the page's outline; section titles are one level below. */
  @property({ attribute: "heading-level", type: Number }) headingLevel = 2;

  @state() private load: LoadState = { kind: "idle" };

  private abort: AbortController | undefined;

  /** Which suppression marks the current render has shown, so that only their explanations follow. */
  private shown = { small: false, hidden: false };

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM while loading (a CMS re-rendering its column): the request was aborted.
    if (this.hasUpdated && this.load.kind !== "loaded") void this.fetchStats();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has("api") || !this.hasUpdated) && this.isConnected) void this.fetchStats();
  }

  private async fetchStats(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.load = { kind: "loading" };
    try {
      const stats = await getStats(apiOptions(this.api), { signal: abort.signal });
      this.load = { kind: "loaded", stats };
      this.emit("kfd-loaded", { generatedAt: stats.generatedAt, dialogues: stats.dialogues.total });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.load = { kind: "error" };
      this.emit("kfd-error", isKfdError(error) ? { code: error.code, status: error.status } : { code: "network_error", status: 0 });
    }
  }

  private level(offset: number): string {
    const n = Math.round(Number(this.headingLevel));
    return String(Math.min(6, Math.max(1, Number.isFinite(n) ? n : 2) + offset));
  }

  private number = (n: number) => formatNumber(n, this.locale);

  /** A count as published: the number, "< 5" or "verborgen" — in the reader's digits. */
  private count(value: PublishedCount, threshold: number): string {
    if (typeof value === "number") return this.number(value);
    if (value === SUPPRESSED) {
      this.shown.hidden = true;
      return t("hidden");
    }
    this.shown.small = true;
    const limit = this.number(threshold);
    return msg(str`< ${limit}`, { id: "stats.belowThreshold" });
  }

  private label(prefix: string, key: string): string {
    const id = `${prefix}.${key}`;
    return hasMessage(id) ? t(id) : key;
  }

  private figures(s: ProgrammeStats, items: [StatsMessageKey, PublishedCount][]) {
    return html`<dl class="figures" part="figures">
      ${items.map(([label, value]) => html`<div class="figure"><dt>${t(label)}</dt><dd>${this.count(value, s.smallCountThreshold)}</dd></div>`)}
    </dl>`;
  }

  /** A bar chart that is a data table: screen readers read the table, everyone sees the bars. */
  private chart(s: ProgrammeStats, caption: StatsMessageKey, header: StatsMessageKey, rows: Row[]): TemplateResult | typeof nothing {
    if (rows.length === 0) return nothing;
    const largest = Math.max(1, ...rows.map((r) => (typeof r.value === "number" ? r.value : 0)));
    return html`<table class="chart" part="chart">
      <caption part="chart-caption">${t(caption)}</caption>
      <thead>
        <tr>
          <th scope="col">${t(header)}</th>
          <th scope="col">${t("count")}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            <th scope="row">${row.german ? html`<bdi lang="de">${row.label}</bdi>` : row.label}</th>
            <td>
              <div class="cell">
                <span class="track" aria-hidden="true"><span class="bar" part="bar" ${share(typeof row.value === "number" ? row.value / largest : 0)}></span></span>
                <span class="value">${this.count(row.value, s.smallCountThreshold)}</span>
              </div>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private progress(s: ProgrammeStats) {
    const m = s.measures;
    if (m.total === 0) return html`<p class="muted">${t("none")}</p>`;
    const done = this.number(m.byStatus.done);
    const total = this.number(m.total);
    const percent = new Intl.NumberFormat(this.locale, { style: "percent" }).format(m.overallProgress / 100);
    return html`<p class="progress-text" part="progress-text" id="progress-text">
        ${msg(str`${done} von ${total} Maßnahmen umgesetzt, Gesamtfortschritt ${percent}`, { id: "stats.progressText" })}
      </p>
      <progress class="progress" part="progress" max="100" .value=${m.overallProgress} aria-label=${t("progress")} aria-describedby="progress-text">${percent}</progress>`;
  }

  private section(name: string, title: StatsMessageKey, body: unknown) {
    return html`<section class="section s-${name}" part="section" aria-labelledby="section-${name}">
      <div class="section-title" part="section-title" id="section-${name}" role="heading" aria-level=${this.level(1)}>${t(title)}</div>
      ${body}
    </section>`;
  }

  private summary(s: ProgrammeStats) {
    return html`${this.figures(s, [
        ["dialogues", s.dialogues.total],
        ["municipalities", s.dialogues.municipalities],
        ["participants", s.participants.reported],
        ["events", s.events.total],
        ["seats", s.events.seats],
        ["measures", s.measures.total],
      ])}
      ${this.progress(s)}`;
  }

  private full(s: ProgrammeStats) {
    const d = s.dialogues;
    const p = s.participants;
    const e = s.events;
    const year = new Intl.NumberFormat(this.locale, { useGrouping: false });
    return html`${this.section(
        "dialogues",
        "dialogues",
        html`${this.figures(s, [
            ["dialogues", d.total],
            ["municipalities", d.municipalities],
          ])}
          ${this.chart(s, "byKind", "kind", rowsOf(d.byMunicipalityKind, (k) => this.label("kind", k)))}
          ${this.chart(s, "byPhase", "phase", rowsOf(d.byPhase, (k) => this.label("phase", k)))}
          ${this.chart(s, "byYear", "year", rowsOf(d.byYear, (k) => year.format(Number(k))))}
          ${this.chart(
            s,
            "byTopic",
            "topic",
            d.byTopic.map((topic) => {
              const id = `topic.${topic.slug}`;
              return hasMessage(id) ? { label: t(id), value: topic.count } : { label: topic.label, value: topic.count, german: true };
            }),
          )}`,
      )}
      ${this.section(
        "participants",
        "participants",
        html`${this.figures(s, [
            ["participants", p.reported],
            ["registered", p.registered],
          ])}
          ${this.chart(s, "byActorGroup", "group", rowsOf(p.byActorGroup, (k) => this.label("actor", k)))}
          ${this.chart(s, "byLanguage", "language", rowsOf(p.byLanguage, (k) => languageName(k, this.locale)))}
          ${this.chart(s, "needs", "need", rowsOf(p.needs, (k) => this.label("need", k)))}`,
      )}
      ${this.section(
        "events",
        "events",
        html`${this.figures(s, [
            ["events", e.total],
            ["cancelled", e.cancelled],
            ["seats", e.seats],
            ["seatsTaken", e.seatsTaken],
            ["waitlisted", e.waitlisted],
          ])}
          ${this.chart(s, "byFormat", "format", rowsOf(e.byFormat, (k) => this.label("format", k)))}`,
      )}
      ${this.section(
        "measures",
        "measures",
        html`${this.progress(s)}
          ${this.figures(s, [
            ["measures", s.measures.total],
            ["overdue", s.measures.overdue],
          ])}
          ${this.chart(s, "byStatus", "status", rowsOf(s.measures.byStatus, (k) => this.label("status", k)))}`,
      )}`;
  }

  private renderStats(s: ProgrammeStats) {
    const options = apiOptions(this.api);
    this.shown = { small: false, hidden: false };
    // Rendered before the notes: the notes explain only the marks these figures used.
    const body = this.variant === "full" ? this.full(s) : this.summary(s);
    return html`<div class="root stats" part="base" lang=${this.locale}>
      <div class="title" part="title" role="heading" aria-level=${this.level(0)}>${t("title")}</div>
      <p class="muted generated">${msg(str`Stand: ${formatDate(s.generatedAt, this.locale)}`, { id: "stats.generatedAt" })}</p>
      <div class="body">${body}</div>
      ${this.shown.small || this.shown.hidden
        ? html`<p class="note" part="note">${t("smallCounts")}${this.shown.hidden ? html` ${t("hiddenNote")}` : nothing}</p>`
        : nothing}
      <p class="export" part="export">
        <span>${t("openData")}:</span>
        <a part="export-link" href=${statsUrl(options, "csv")} download>${t("exportCsv")}</a>
        <a part="export-link" href=${statsUrl(options, "json")}>${t("exportJson")}</a>
      </p>
    </div>`;
  }

  protected override render() {
    const state = this.load;
    if (state.kind === "loaded") return this.renderStats(state.stats);
    const message =
      state.kind === "error"
        ? html`<div class="message" part="message" role="alert">
            <p>${t("error")}</p>
            <button class="button secondary" part="retry-button" type="button" @click=${() => void this.fetchStats()}>${t("retry")}</button>
          </div>`
        : html`<p class="message muted" part="message" role="status">${state.kind === "loading" ? t("loading") : ""}</p>`;
    return html`<div class="root" part="base" lang=${this.locale} aria-busy=${state.kind === "loading" ? "true" : "false"}>${message}</div>`;
  }
}
