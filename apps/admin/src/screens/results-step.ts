import { allowedNextPhases, canBecomeMeasure, createResultSchema, isMeasureOverdue, RESULT_KINDS, type Measure, type Phase, type PublicDialogue, type Result, type WorkingGroup } from "@kfd/domain";
import * as z from "zod/mini";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { api } from "../api.js";
import { focusProblem, formValues, problemSummary, selectField, textArea } from "../fields.js";
import { today } from "../format.js";
import { t, tn } from "../i18n/i18n.js";
import { phaseLabel, resultKindLabel } from "../i18n/labels.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { Screen } from "../screen.js";
import { focusAfterUpdate } from "./focus-after-update.js";
import { measureBoard } from "./measure-board.js";
import type { MeasureViewContext } from "./measure-cells.js";
import { MEASURE_DIALOG_CLOSED, type KfdMeasureDialog, type MeasureDialogClosed } from "./measure-dialog.js";
import { measureTable } from "./measure-table.js";
import { rememberedView, rememberView, type MeasureView } from "./measure-view-choice.js";
import { topicName, topicOptions } from "./topic-options.js";
import { WORKING_GROUP_CREATED } from "./working-groups.js";

/** Step 3, Ergebnisse & Umsetzung: results per topic and kind, the Begleitkreise, the Maßnahmenkatalog, phase changes. */
export class KfdResultsStep extends Screen {
  @property({ attribute: false }) dialogue!: PublicDialogue;
  @state() private results: Result[] = [];
  @state() private measures: Measure[] = [];
  @state() private groups: WorkingGroup[] = [];
  @state() private view: MeasureView = rememberedView();
  @state() private onlyOverdue = false;
  @state() private problems: FormProblems | null = null;
  @state() private phaseError = "";
  @state() private loadFailed = false;
  /** Where focus goes back to when the measure dialog closes without saving. */
  private opener = "";

  constructor() {
    super();
    this.addEventListener(WORKING_GROUP_CREATED, (e) => (this.groups = [...this.groups, (e as CustomEvent<WorkingGroup>).detail]));
    this.addEventListener(MEASURE_DIALOG_CLOSED, (e) => this.measureDialogClosed(e as MeasureDialogClosed));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const id = this.dialogue.id;
    const loaded = await Promise.all([api().listResults(id), api().listMeasures(id), api().listWorkingGroups(id)]).catch(() => null);
    this.loadFailed = loaded === null;
    if (loaded) [this.results, this.measures, this.groups] = loaded;
  }

  private async addResult(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const v = formValues(form);
    const input = { kind: v.text("kind"), text: v.text("text"), ...(v.text("topic") ? { topic: v.text("topic") } : {}) };
    const parsed = z.safeParse(createResultSchema, input);
    if (!parsed.success) {
      this.problems = fromIssues(parsed.error.issues);
      focusProblem(this);
      return;
    }
    try {
      const result = await api().createResult(this.dialogue.id, parsed.data);
      this.results = [...this.results, result];
      this.problems = null;
      (form.querySelector("textarea") as HTMLTextAreaElement).value = "";
      announce(t("results.added", { kind: resultKindLabel(result.kind) }));
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    }
  }

  private async toMeasure(result: Result): Promise<void> {
    try {
      const measure = await api().turnIdeaIntoMeasure(result.id);
      this.measures = [...this.measures, measure];
      announce(t("measures.created", { title: measure.title }));
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    }
  }

  private openMeasure(measure: Measure | null): void {
    this.opener = measure ? `[data-edit='${measure.id}']` : "[data-new-measure]";
    void this.querySelector<KfdMeasureDialog>("kfd-measure-dialog")?.show(measure);
  }

  private measureDialogClosed(e: MeasureDialogClosed): void {
    const { saved } = e.detail;
    if (saved) {
      const known = this.measures.some((m) => m.id === saved.id);
      this.measures = known ? this.measures.map((m) => (m.id === saved.id ? saved : m)) : [...this.measures, saved];
    }
    // A saved measure may have moved to another column, or out of the "nur überfällige" filter.
    void focusAfterUpdate(this, saved ? `[data-edit='${saved.id}']` : this.opener, "#measures-heading");
  }

  private setView(view: MeasureView): void {
    this.view = view;
    rememberView(view);
  }

  private async changePhase(phase: Phase): Promise<void> {
    try {
      await api().setDialoguePhase(this.dialogue.id, phase);
      this.phaseError = "";
      announce(t("results.phase.changed", { phase: phaseLabel(phase) }));
      this.dispatchEvent(new CustomEvent("kfd-dialogue-saved", { bubbles: true }));
    } catch (error) {
      this.phaseError = fromError(error).summary;
    }
  }

  private renderResults() {
    const d = this.dialogue;
    const linked = new Set(this.measures.map((m) => m.resultId));
    return html`<section aria-labelledby="results-heading">
      <h2 id="results-heading">${t("results.heading")}</h2>
      ${problemSummary(this.problems)}
      <form @submit=${this.addResult} novalidate class="card">
        ${selectField({ name: "kind", label: t("results.kind"), value: "idee", options: RESULT_KINDS.map((k) => ({ value: k, label: resultKindLabel(k) })), problems: this.problems })}
        ${selectField({ name: "topic", label: t("results.topic"), value: d.topics[0]?.slug ?? "", options: topicOptions(d), problems: this.problems })}
        ${textArea({ name: "text", label: t("results.text"), required: true, problems: this.problems })}
        <button type="submit">${t("results.add")}</button>
      </form>
      ${RESULT_KINDS.map((kind) => {
        const list = this.results.filter((r) => r.kind === kind);
        if (list.length === 0) return nothing;
        return html`<h3>${resultKindLabel(kind)}</h3>
          <ul class="plain results">
            ${list.map(
              (r) => html`<li class="card"><span class="badge">${topicName(r.topic, d)}</span> ${r.text}
                ${canBecomeMeasure(r)
                  ? linked.has(r.id)
                    ? html`<span class="muted"> – ${t("results.isMeasure")}</span>`
                    : html` <button type="button" class="secondary" @click=${() => this.toMeasure(r)}>${t("results.toMeasure")}<span class="visually-hidden">: ${r.text}</span></button>`
                  : nothing}
              </li>`,
            )}
          </ul>`;
      })}
    </section>`;
  }

  private renderViewChoice() {
    const choice = (view: MeasureView, label: string) =>
      html`<button type="button" class="secondary" aria-pressed=${this.view === view ? "true" : "false"} @click=${() => this.setView(view)}>${label}</button>`;
    return html`<div class="actions measure-toolbar">
      <div class="view-choice" role="group" aria-label=${t("measures.view")}>
        ${choice("table", t("measures.view.table"))} ${choice("board", t("measures.view.board"))}
      </div>
      <label class="check"><input type="checkbox" .checked=${this.onlyOverdue} @change=${(e: Event) => (this.onlyOverdue = (e.target as HTMLInputElement).checked)} /> ${t("measures.onlyOverdue")}</label>
    </div>`;
  }

  private renderMeasures() {
    const ctx: MeasureViewContext = { groups: this.groups, today: today(), edit: (m) => this.openMeasure(m) };
    const overdue = this.measures.filter((m) => isMeasureOverdue(m, ctx.today));
    const shown = this.onlyOverdue ? overdue : this.measures;
    return html`<section aria-labelledby="measures-heading">
      <h2 id="measures-heading" tabindex="-1">${t("measures.heading")}</h2>
      <div class="actions"><button type="button" data-new-measure @click=${() => this.openMeasure(null)}>${t("measures.new")}</button></div>
      ${this.measures.length === 0
        ? html`<p class="muted">${t("measures.empty")}</p>`
        : html`${this.renderViewChoice()}
            ${overdue.length > 0 ? html`<p class="warn-text">${tn("measures.overdueCount", overdue.length)}</p>` : nothing}
            ${shown.length === 0 ? html`<p class="muted">${t("measures.noneOverdue")}</p>` : this.view === "board" ? measureBoard(shown, ctx) : measureTable(shown, ctx)}`}
    </section>`;
  }

  override render() {
    const d = this.dialogue;
    if (this.loadFailed) return html`<div class="alert" role="alert">${t("common.loadFailed")}</div>`;
    return html`${this.renderResults()}
      <kfd-working-groups .dialogueId=${d.id} .groups=${this.groups}></kfd-working-groups>
      ${this.renderMeasures()}
      <section aria-labelledby="phase-heading">
        <h2 id="phase-heading">${t("results.phase.heading")}</h2>
        <p>${t("results.phase.current")} <strong>${phaseLabel(d.phase)}</strong></p>
        ${this.phaseError ? html`<div class="alert" role="alert">${this.phaseError}</div>` : nothing}
        <div class="actions">
          ${allowedNextPhases(d.phase).map((p) => html`<button type="button" class="secondary" @click=${() => this.changePhase(p)}>${t("results.phase.switchTo", { phase: phaseLabel(p) })}</button>`)}
        </div>
      </section>
      <kfd-measure-dialog .dialogue=${d} .groups=${this.groups}></kfd-measure-dialog>`;
  }
}
