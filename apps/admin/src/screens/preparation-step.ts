import { addChecklistItemSchema, ANALYSIS_QUESTION_LABELS, ANALYSIS_QUESTIONS, createMilestoneSchema, updateAnalysisSchema, type MethodTemplate, type Preparation, type PublicDialogue, type TemplateMethod } from "@kfd/domain";
import * as z from "zod/mini";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { api } from "../api.js";
import { focusProblem, formValues, problemSummary, textArea, textField } from "../fields.js";
import { formatDate, today } from "../format.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { Screen } from "../screen.js";

/** Step 1, Vorbereitung: the analysis questions, a method template with its Musterablauf, the checklist, the milestones. */
export class KfdPreparationStep extends Screen {
  @property({ attribute: false }) dialogue!: PublicDialogue;
  @state() private preparation: Preparation | null = null;
  @state() private templates: MethodTemplate[] = [];
  @state() private chosen: TemplateMethod | "" = "";
  @state() private problems: FormProblems | null = null;
  @state() private milestoneProblems: FormProblems | null = null;
  @state() private itemProblems: FormProblems | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const [preparation, templates] = await Promise.all([api().getPreparation(this.dialogue.id), api().listMethodTemplates()]);
    this.preparation = preparation;
    this.templates = templates;
    this.chosen ||= preparation.templateMethod ?? (templates.find((t) => t.method === this.dialogue.method)?.method ?? templates[0]?.method ?? "");
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
      announce("Analyse gespeichert.");
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    }
  }

  private async applyTemplate(): Promise<void> {
    if (!this.chosen) return;
    this.preparation = await api().applyMethodTemplate(this.dialogue.id, this.chosen);
    announce(`Vorlage übernommen: ${this.templates.find((t) => t.method === this.chosen)?.name}. Die Checkliste wurde ergänzt.`);
  }

  private async tick(itemId: string, done: boolean): Promise<void> {
    const item = await api().updateChecklistItem(itemId, { done });
    this.preparation = { ...this.preparation!, checklist: this.preparation!.checklist.map((i) => (i.id === item.id ? item : i)) };
    announce(`${done ? "Erledigt" : "Offen"}: ${item.text}`);
  }

  private async addItem(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const parsed = z.safeParse(addChecklistItemSchema, { text: formValues(form).text("itemText") });
    if (!parsed.success) {
      this.itemProblems = fromIssues(parsed.error.issues.map((i) => ({ ...i, path: ["itemText"] })));
      focusProblem(this);
      return;
    }
    try {
      const item = await api().addChecklistItem(this.dialogue.id, parsed.data);
      this.preparation = { ...this.preparation!, checklist: [...this.preparation!.checklist, item] };
      this.itemProblems = null;
      form.reset();
      announce(`Punkt hinzugefügt: ${item.text}`);
    } catch (error) {
      this.itemProblems = fromError(error);
    }
  }

  private async addMilestone(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const v = formValues(form);
    const input = { title: v.text("milestoneTitle"), ...(v.text("milestoneDue") ? { dueOn: v.text("milestoneDue") } : {}) };
    const parsed = z.safeParse(createMilestoneSchema, input);
    if (!parsed.success) {
      this.milestoneProblems = fromIssues(parsed.error.issues.map((i) => ({ ...i, path: [i.path[0] === "title" ? "milestoneTitle" : "milestoneDue"] })));
      focusProblem(this);
      return;
    }
    try {
      const milestone = await api().createMilestone(this.dialogue.id, parsed.data);
      this.preparation = { ...this.preparation!, milestones: [...this.preparation!.milestones, milestone] };
      this.milestoneProblems = null;
      form.reset();
      announce(`Meilenstein angelegt: ${milestone.title}`);
    } catch (error) {
      this.milestoneProblems = fromError(error);
    }
  }

  private async toggleMilestone(id: string, done: boolean): Promise<void> {
    const m = await api().updateMilestone(id, { done });
    this.preparation = { ...this.preparation!, milestones: this.preparation!.milestones.map((x) => (x.id === m.id ? m : x)) };
    announce(`${done ? "Erreicht" : "Offen"}: ${m.title}`);
  }

  override render() {
    const p = this.preparation;
    if (!p) return html`<p>Wird geladen …</p>`;
    const template = this.templates.find((t) => t.method === this.chosen);
    const done = p.checklist.filter((i) => i.done).length;
    return html`<section aria-labelledby="analysis-heading">
        <h2 id="analysis-heading">Analyse</h2>
        ${problemSummary(this.problems)}
        <form @submit=${this.saveAnalysis} novalidate>
          ${ANALYSIS_QUESTIONS.map((q) => textArea({ name: q, label: ANALYSIS_QUESTION_LABELS[q], value: p.analysis[q], problems: this.problems }))}
          <button type="submit">Analyse speichern</button>
        </form>
      </section>
      <section aria-labelledby="method-heading">
        <h2 id="method-heading">Methode wählen</h2>
        <div class="field">
          <label for="template-select">Vorlage</label>
          <select id="template-select" @change=${(e: Event) => (this.chosen = (e.target as HTMLSelectElement).value as TemplateMethod)}>
            ${this.templates.map((t) => html`<option value=${t.method} ?selected=${t.method === this.chosen}>${t.name}</option>`)}
          </select>
        </div>
        ${template
          ? html`<p>${template.summary}</p>
              <h3>Musterablauf</h3>
              <ol class="agenda">
                ${template.agenda.map((a) => html`<li><strong>${a.title}</strong> (${a.minutes} Min.)${a.description ? html` – ${a.description}` : nothing}</li>`)}
              </ol>
              <button type="button" @click=${() => this.applyTemplate()}>Vorlage „${template.name}“ übernehmen</button>`
          : nothing}
        ${p.templateMethod ? html`<p class="muted">Zuletzt übernommen: ${this.templates.find((t) => t.method === p.templateMethod)?.name}</p>` : nothing}
      </section>
      <section aria-labelledby="checklist-heading">
        <h2 id="checklist-heading">Checkliste <span class="count">(${done} von ${p.checklist.length} erledigt)</span></h2>
        ${p.checklist.length === 0
          ? html`<p class="muted">Noch keine Punkte – übernehmen Sie eine Vorlage.</p>`
          : html`<ul class="plain checklist">
              ${p.checklist.map(
                (i) => html`<li><label class="check"><input type="checkbox" .checked=${i.done} @change=${(e: Event) => this.tick(i.id, (e.target as HTMLInputElement).checked)} /> ${i.text}</label></li>`,
              )}
            </ul>`}
        ${problemSummary(this.itemProblems)}
        <form class="inline-form" @submit=${this.addItem} novalidate>
          ${textField({ name: "itemText", label: "Eigener Punkt", problems: this.itemProblems })}
          <button type="submit">Punkt hinzufügen</button>
        </form>
      </section>
      <section aria-labelledby="milestones-heading">
        <h2 id="milestones-heading">Projektplan: Meilensteine</h2>
        <ul class="plain">
          ${p.milestones.map(
            (m) => html`<li class=${!m.done && m.dueOn && m.dueOn < today() ? "overdue" : ""}>
              <label class="check"><input type="checkbox" .checked=${m.done} @change=${(e: Event) => this.toggleMilestone(m.id, (e.target as HTMLInputElement).checked)} /> ${m.title}${m.dueOn ? html` – bis ${formatDate(m.dueOn)}` : nothing}</label>
            </li>`,
          )}
        </ul>
        ${problemSummary(this.milestoneProblems)}
        <form class="inline-form" @submit=${this.addMilestone} novalidate>
          ${textField({ name: "milestoneTitle", label: "Neuer Meilenstein", problems: this.milestoneProblems })}
          ${textField({ name: "milestoneDue", label: "Fällig am", type: "date", problems: this.milestoneProblems })}
          <button type="submit">Meilenstein hinzufügen</button>
        </form>
      </section>`;
  }
}
