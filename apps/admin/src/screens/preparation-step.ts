import { ANALYSIS_QUESTIONS, updateAnalysisSchema, type AgendaStep, type MethodTemplate, type Preparation, type PublicDialogue, type TemplateMethod } from "@kfd/domain";
import * as z from "zod/mini";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { api } from "../api.js";
import { focusProblem, formValues, problemSummary, textArea } from "../fields.js";
import { t, templateText } from "../i18n/i18n.js";
import { analysisQuestionLabel, methodLabel } from "../i18n/labels.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { Screen } from "../screen.js";

/** Step 1, Vorbereitung: the analysis questions, a method template with its Musterablauf, the checklist, the milestones. */
export class KfdPreparationStep extends Screen {
  @property({ attribute: false }) dialogue!: PublicDialogue;
  @state() private preparation: Preparation | null = null;
  @state() private templates: MethodTemplate[] = [];
  @state() private templateChecklistTexts: ReadonlyMap<string, string> = new Map();
  @state() private chosen: TemplateMethod | "" = "";
  @state() private problems: FormProblems | null = null;
  @state() private templateError = "";
  @state() private loadFailed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const loaded = await Promise.all([api().getPreparation(this.dialogue.id), api().listMethodTemplates()]).catch(() => null);
    this.loadFailed = loaded === null;
    if (!loaded) return;
    const [preparation, templates] = loaded;
    this.preparation = preparation;
    this.templates = templates;
    this.templateChecklistTexts = new Map(templates.flatMap((tpl) => tpl.checklist.map((item) => [item.key, item.text])));
    this.chosen ||= preparation.templateMethod ?? (templates.find((tpl) => tpl.method === this.dialogue.method)?.method ?? templates[0]?.method ?? "");
  }

  private async saveAnalysis(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const v = formValues(e.target as HTMLFormElement);
    const input = Object.fromEntries(ANALYSIS_QUESTIONS.map((q) => [q, v.text(q)]));
    const parsed = z.safeParse(updateAnalysisSchema, input);
    if (!parsed.success) {
      this.problems = fromIssues(parsed.error.issues);
      focusProblem(this);
      return;
    }
    try {
      this.preparation = await api().updateAnalysis(this.dialogue.id, parsed.data);
      this.problems = null;
      announce(t("preparation.analysis.saved"));
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    }
  }

  private async applyTemplate(): Promise<void> {
    if (!this.chosen) return;
    try {
      this.preparation = await api().applyMethodTemplate(this.dialogue.id, this.chosen);
      this.templateError = "";
      announce(t("preparation.method.applied", { name: methodLabel(this.chosen) }));
    } catch (error) {
      this.templateError = fromError(error).summary;
    }
  }

  private renderAgendaStep(step: AgendaStep) {
    const description = step.description ? html` – ${templateText(`agenda.${step.key}.description`, step.description)}` : nothing;
    return html`<li><strong>${templateText(`agenda.${step.key}.title`, step.title)}</strong> (${t("preparation.method.minutes", { minutes: step.minutes })})${description}</li>`;
  }

  override render() {
    const p = this.preparation;
    if (this.loadFailed) return html`<div class="alert" role="alert">${t("common.loadFailed")}</div>`;
    if (!p) return html`<p>${t("common.loading")}</p>`;
    const template = this.templates.find((tpl) => tpl.method === this.chosen);
    return html`<section aria-labelledby="analysis-heading">
        <h2 id="analysis-heading">${t("preparation.analysis.heading")}</h2>
        ${problemSummary(this.problems)}
        <form @submit=${this.saveAnalysis} novalidate>
          ${ANALYSIS_QUESTIONS.map((q) => textArea({ name: q, label: analysisQuestionLabel(q), value: p.analysis[q], problems: this.problems }))}
          <button type="submit">${t("preparation.analysis.save")}</button>
        </form>
      </section>
      <section aria-labelledby="method-heading">
        <h2 id="method-heading">${t("preparation.method.heading")}</h2>
        <div class="field">
          <label for="template-select">${t("preparation.method.template")}</label>
          <select id="template-select" @change=${(e: Event) => (this.chosen = (e.target as HTMLSelectElement).value as TemplateMethod)}>
            ${this.templates.map((tpl) => html`<option value=${tpl.method} ?selected=${tpl.method === this.chosen}>${methodLabel(tpl.method)}</option>`)}
          </select>
        </div>
        ${template
          ? html`<p>${templateText(`summary.${template.method}`, template.summary)}</p>
              <h3>${t("preparation.method.agenda")}</h3>
              <ol class="agenda">
                ${template.agenda.map((step) => this.renderAgendaStep(step))}
              </ol>
              ${this.templateError ? html`<div class="alert" role="alert">${this.templateError}</div>` : nothing}
              <button type="button" @click=${() => this.applyTemplate()}>${t("preparation.method.apply", { name: methodLabel(template.method) })}</button>`
          : nothing}
        ${p.templateMethod ? html`<p class="muted">${t("preparation.method.lastApplied", { name: methodLabel(p.templateMethod) })}</p>` : nothing}
      </section>
      <kfd-checklist .dialogueId=${this.dialogue.id} .items=${p.checklist} .templateTexts=${this.templateChecklistTexts}></kfd-checklist>
      <kfd-milestone-plan .dialogueId=${this.dialogue.id} .milestones=${p.milestones}></kfd-milestone-plan>`;
  }
}
