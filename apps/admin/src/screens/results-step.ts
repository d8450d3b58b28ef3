import {
  allowedNextPhases,
  canBecomeMeasure,
  createResultSchema,
  isMeasureOverdue,
  MEASURE_STATUS_LABELS,
  MEASURE_STATUSES,
  PHASE_LABELS,
  RESULT_KIND_LABELS,
  RESULT_KINDS,
  STANDARD_TOPICS,
  updateMeasureSchema,
  type Measure,
  type Phase,
  type PublicDialogue,
  type Result,
} from "@kfd/domain";
import * as z from "zod/mini";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { api } from "../api.js";
import { focusProblem, formValues, problemSummary, selectField, textArea, textField } from "../fields.js";
import { formatDate, formatDateTime, today } from "../format.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { Screen } from "../screen.js";

const topicLabel = (slug: string | null | undefined): string => STANDARD_TOPICS.find((t) => t.slug === slug)?.label ?? slug ?? "ohne Thema";
const ownerLabel = (m: Measure): string => (m.responsible?.kind === "role" ? m.responsible.role : m.responsible ? "Begleitkreis" : "–");

/** Step 3, Ergebnisse & Umsetzung: results per topic and kind, idea → measure, the Maßnahmenkatalog, phase changes. */
export class KfdResultsStep extends Screen {
  @property({ attribute: false }) dialogue!: PublicDialogue;
  @state() private results: Result[] = [];
  @state() private measures: Measure[] = [];
  @state() private editing: Measure | null = null;
  @state() private problems: FormProblems | null = null;
  @state() private measureProblems: FormProblems | null = null;
  @state() private phaseError = "";

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const [results, measures] = await Promise.all([api().listResults(this.dialogue.id), api().listMeasures(this.dialogue.id)]);
    this.results = results;
    this.measures = measures;
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
      announce(`Ergebnis erfasst: ${RESULT_KIND_LABELS[result.kind]}`);
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    }
  }

  private async toMeasure(result: Result): Promise<void> {
    const measure = await api().turnIdeaIntoMeasure(result.id);
    this.measures = [...this.measures, measure];
    announce(`Maßnahme angelegt: ${measure.title}`);
  }

  private openEdit(m: Measure): void {
    this.editing = m;
    this.measureProblems = null;
    void this.updateComplete.then(() => this.querySelector<HTMLDialogElement>("#measure-dialog")?.showModal());
  }

  private closeEdit(): void {
    this.querySelector<HTMLDialogElement>("#measure-dialog")?.close();
    const id = this.editing?.id;
    this.editing = null;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`[data-edit='${id}']`)?.focus());
  }

  private async saveMeasure(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const m = this.editing!;
    const v = formValues(e.target as HTMLFormElement);
    const input = {
      status: v.text("status"),
      progress: Number(v.text("progress")),
      ...(v.text("owner") ? { responsible: { kind: "role" as const, role: v.text("owner") } } : {}),
      dueOn: v.text("dueOn") || null,
      reason: v.text("reason"),
    };
    const parsed = z.safeParse(updateMeasureSchema, input);
    if (!parsed.success) {
      this.measureProblems = fromIssues(parsed.error.issues);
      focusProblem(this.querySelector("#measure-dialog")!);
      return;
    }
    try {
      const saved = await api().updateMeasure(m.id, parsed.data);
      this.measures = this.measures.map((x) => (x.id === saved.id ? saved : x));
      announce(`Maßnahme gespeichert: ${saved.title}, ${saved.progress} %`);
      this.closeEdit();
    } catch (error) {
      this.measureProblems = fromError(error);
      focusProblem(this.querySelector("#measure-dialog")!);
    }
  }

  private async changePhase(phase: Phase): Promise<void> {
    try {
      await api().setDialoguePhase(this.dialogue.id, phase);
      this.phaseError = "";
      announce(`Phase geändert: ${PHASE_LABELS[phase]}`);
      this.dispatchEvent(new CustomEvent("kfd-dialogue-saved", { bubbles: true }));
    } catch (error) {
      this.phaseError = fromError(error).summary;
    }
  }

  private renderDialog() {
    const m = this.editing;
    if (!m) return nothing;
    return html`<dialog id="measure-dialog" aria-labelledby="measure-dialog-title" @close=${() => this.editing && this.closeEdit()}>
      <h2 id="measure-dialog-title">Maßnahme bearbeiten: ${m.title}</h2>
      ${problemSummary(this.measureProblems)}
      <form @submit=${this.saveMeasure} novalidate>
        ${selectField({ name: "status", label: "Status", value: m.status, options: MEASURE_STATUSES.map((s) => ({ value: s, label: MEASURE_STATUS_LABELS[s] })), problems: this.measureProblems })}
        ${textField({ name: "progress", label: "Fortschritt in Prozent", type: "number", min: "0", max: "100", value: m.progress, problems: this.measureProblems })}
        ${textField({ name: "owner", label: "Verantwortlich (Rolle)", value: m.responsible?.kind === "role" ? m.responsible.role : "", problems: this.measureProblems, path: "responsible" })}
        ${textField({ name: "dueOn", label: "Fällig am", type: "date", value: m.dueOn ?? "", problems: this.measureProblems })}
        ${textArea({ name: "reason", label: "Grund der Änderung", required: true, hint: "Jede Änderung wird mit Grund in der Historie festgehalten.", problems: this.measureProblems })}
        <div class="actions">
          <button type="submit">Speichern</button>
          <button type="button" class="secondary" @click=${() => this.closeEdit()}>Abbrechen</button>
        </div>
      </form>
      <h3>Historie</h3>
      <ol class="history">
        ${m.history.map((h) => html`<li>${formatDateTime(h.at)}: ${MEASURE_STATUS_LABELS[h.status]}, ${h.progress} % – ${h.reason}</li>`)}
      </ol>
    </dialog>`;
  }

  override render() {
    const d = this.dialogue;
    const linked = new Set(this.measures.map((m) => m.resultId));
    const now = today();
    return html`<section aria-labelledby="results-heading">
        <h2 id="results-heading">Ergebnisse</h2>
        ${problemSummary(this.problems)}
        <form @submit=${this.addResult} novalidate class="card">
          ${selectField({ name: "kind", label: "Art", value: "idee", options: RESULT_KINDS.map((k) => ({ value: k, label: RESULT_KIND_LABELS[k] })), problems: this.problems })}
          ${selectField({ name: "topic", label: "Thema", value: d.topics[0]?.slug ?? "", options: [{ value: "", label: "ohne Thema" }, ...(d.topics.length ? d.topics : STANDARD_TOPICS).map((t) => ({ value: t.slug, label: t.label }))], problems: this.problems })}
          ${textArea({ name: "text", label: "Ergebnis", required: true, problems: this.problems })}
          <button type="submit">Ergebnis erfassen</button>
        </form>
        ${RESULT_KINDS.map((kind) => {
          const list = this.results.filter((r) => r.kind === kind);
          if (list.length === 0) return nothing;
          return html`<h3>${RESULT_KIND_LABELS[kind]}</h3>
            <ul class="plain results">
              ${list.map(
                (r) => html`<li class="card"><span class="badge">${topicLabel(r.topic)}</span> ${r.text}
                  ${canBecomeMeasure(r)
                    ? linked.has(r.id)
                      ? html`<span class="muted"> – ist Maßnahme</span>`
                      : html` <button type="button" class="secondary" @click=${() => this.toMeasure(r)}>Als Maßnahme übernehmen<span class="visually-hidden">: ${r.text}</span></button>`
                    : nothing}
                </li>`,
              )}
            </ul>`;
        })}
      </section>
      <section aria-labelledby="measures-heading">
        <h2 id="measures-heading">Maßnahmenkatalog</h2>
        ${this.measures.length === 0
          ? html`<p class="muted">Noch keine Maßnahmen.</p>`
          : html`<div class="table-wrap"><table class="measures">
              <caption class="visually-hidden">Maßnahmen des Dialogs</caption>
              <thead><tr><th scope="col">Maßnahme</th><th scope="col">Status</th><th scope="col">Fortschritt</th><th scope="col">Verantwortlich</th><th scope="col">Fällig</th><th scope="col"><span class="visually-hidden">Aktionen</span></th></tr></thead>
              <tbody>
                ${this.measures.map((m) => {
                  const overdue = isMeasureOverdue(m, now);
                  return html`<tr class=${overdue ? "overdue" : ""}>
                    <th scope="row">${m.title}</th>
                    <td>${MEASURE_STATUS_LABELS[m.status]}</td>
                    <td><progress max="100" .value=${m.progress} aria-label="Fortschritt ${m.title}"></progress> ${m.progress} %</td>
                    <td>${ownerLabel(m)}</td>
                    <td>${m.dueOn ? formatDate(m.dueOn) : "–"}${overdue ? html` <strong class="badge warn">überfällig</strong>` : nothing}</td>
                    <td><button type="button" class="secondary" data-edit=${m.id} @click=${() => this.openEdit(m)}>Bearbeiten<span class="visually-hidden">: ${m.title}</span></button></td>
                  </tr>`;
                })}
              </tbody>
            </table></div>`}
      </section>
      <section aria-labelledby="phase-heading">
        <h2 id="phase-heading">Phase</h2>
        <p>Aktuelle Phase: <strong>${PHASE_LABELS[d.phase]}</strong></p>
        ${this.phaseError ? html`<div class="alert" role="alert">${this.phaseError}</div>` : nothing}
        <div class="actions">
          ${allowedNextPhases(d.phase).map((p) => html`<button type="button" class="secondary" @click=${() => this.changePhase(p)}>Wechseln zu: ${PHASE_LABELS[p]}</button>`)}
        </div>
      </section>
      ${this.renderDialog()}`;
  }
}
