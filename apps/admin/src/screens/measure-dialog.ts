import { createMeasureSchema, MEASURE_STATUSES, updateMeasureSchema, type Measure, type PublicDialogue, type Responsible, type WorkingGroup } from "@kfd/domain";
import * as z from "zod/mini";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { api } from "../api.js";
import { focusProblem, formValues, problemSummary, selectField, textArea, textField } from "../fields.js";
import { formatDateTime } from "../format.js";
import { t } from "../i18n/i18n.js";
import { measureStatusLabel } from "../i18n/labels.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { Screen } from "../screen.js";
import { topicOptions } from "./topic-options.js";

export const MEASURE_DIALOG_CLOSED = "kfd-measure-dialog-closed";
export type MeasureDialogClosed = CustomEvent<{ saved: Measure | null }>;

/** The owner select's value for "a role, typed below"; every other value is a Begleitkreis id. */
const ROLE = "role";

/**
 * Creates a measure, or changes one with a reason; shows its history. A modal <dialog>: it
 * takes focus on opening, Escape closes it, and MEASURE_DIALOG_CLOSED tells the step what
 * was saved, so the step can put focus back where the person was.
 */
export class KfdMeasureDialog extends Screen {
  @property({ attribute: false }) dialogue!: PublicDialogue;
  @property({ attribute: false }) groups: readonly WorkingGroup[] = [];
  /** undefined: closed; null: a new measure; else the measure being changed. */
  @state() private measure: Measure | null | undefined = undefined;
  @state() private owner = ROLE;
  @state() private problems: FormProblems | null = null;
  private saved: Measure | null = null;

  async show(measure: Measure | null): Promise<void> {
    this.measure = measure;
    this.owner = measure?.responsible?.kind === "working-group" ? measure.responsible.workingGroupId : ROLE;
    this.problems = null;
    this.saved = null;
    await this.updateComplete;
    this.querySelector("dialog")?.showModal();
  }

  private close(): void {
    this.querySelector("dialog")?.close();
  }

  private closed(): void {
    this.measure = undefined;
    this.dispatchEvent(new CustomEvent(MEASURE_DIALOG_CLOSED, { detail: { saved: this.saved }, bubbles: true }));
  }

  private responsible(v: ReturnType<typeof formValues>): Responsible | undefined {
    if (this.owner !== ROLE) return { kind: "working-group", workingGroupId: this.owner };
    const role = v.text("measureRole");
    return role ? { kind: "role", role } : undefined;
  }

  /** The form as the API's input; fields left empty are left out, so the domain's defaults apply. */
  private input(form: HTMLFormElement) {
    const v = formValues(form);
    const responsible = this.responsible(v);
    const topic = v.text("measureTopic");
    const progress = v.text("measureProgress");
    return {
      title: v.text("measureTitle"),
      description: v.text("measureDescription"),
      status: v.text("measureStatus"),
      ...(topic ? { topic } : {}),
      ...(responsible ? { responsible } : {}),
      ...(progress ? { progress: Number(progress) } : {}),
      dueOn: v.text("measureDueOn"),
      reason: v.text("measureReason"),
    };
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const { dueOn, reason, ...fields } = this.input(e.target as HTMLFormElement);
    const editing = this.measure;
    if (editing) {
      // Emptied fields are sent as null: the person took the topic or owner away on purpose.
      const parsed = z.safeParse(updateMeasureSchema, { topic: null, responsible: null, ...fields, dueOn: dueOn || null, reason });
      if (!parsed.success) return this.invalid(parsed.error.issues);
      await this.save(() => api().updateMeasure(editing.id, parsed.data), (saved) => t("measures.saved", { title: saved.title, progress: saved.progress }));
    } else {
      const parsed = z.safeParse(createMeasureSchema, { ...fields, ...(dueOn ? { dueOn } : {}) });
      if (!parsed.success) return this.invalid(parsed.error.issues);
      await this.save(() => api().createMeasure(this.dialogue.id, parsed.data), (saved) => t("measures.created", { title: saved.title }));
    }
  }

  private invalid(issues: Parameters<typeof fromIssues>[0]): void {
    this.problems = fromIssues(issues);
    focusProblem(this);
  }

  private async save(request: () => Promise<Measure>, message: (saved: Measure) => string): Promise<void> {
    try {
      this.saved = await request();
      announce(message(this.saved));
      this.close();
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    }
  }

  private ownerChanged(e: Event): void {
    const target = e.target;
    if (target instanceof HTMLSelectElement && target.name === "measureOwner") this.owner = target.value;
  }

  private renderOwner(m: Measure | null) {
    const role = m?.responsible?.kind === "role" ? m.responsible.role : "";
    const roleField = textField({ name: "measureRole", label: t("measures.field.role"), value: role, hint: t("measures.field.roleHint"), problems: this.problems, path: "responsible.role" });
    if (this.groups.length === 0) return roleField;
    const options = [{ value: ROLE, label: t("measures.field.ownerRole") }, ...this.groups.map((g) => ({ value: g.id, label: t("measures.field.ownerGroup", { name: g.name }) }))];
    return html`<div @change=${this.ownerChanged}>
      ${selectField({ name: "measureOwner", label: t("measures.field.owner"), value: this.owner, options, problems: this.problems, path: "responsible.workingGroupId" })}
      ${this.owner === ROLE ? roleField : nothing}
    </div>`;
  }

  private renderHistory(m: Measure) {
    return html`<h3>${t("measures.history.heading")}</h3>
      <ol class="history">
        ${m.history.map(
          (h) => html`<li>${t("measures.history.entry", { at: formatDateTime(h.at), status: measureStatusLabel(h.status), progress: h.progress, reason: h.reason })}</li>`,
        )}
      </ol>`;
  }

  override render() {
    const m = this.measure;
    if (m === undefined) return nothing;
    return html`<dialog id="measure-dialog" aria-labelledby="measure-dialog-title" @close=${() => this.closed()}>
      <h2 id="measure-dialog-title">${m ? t("measures.dialog.edit", { title: m.title }) : t("measures.dialog.create")}</h2>
      ${problemSummary(this.problems)}
      <form @submit=${this.submit} novalidate>
        ${textField({ name: "measureTitle", label: t("measures.field.title"), value: m?.title, required: true, problems: this.problems, path: "title" })}
        ${textArea({ name: "measureDescription", label: t("measures.field.description"), value: m?.description, problems: this.problems, path: "description" })}
        ${selectField({ name: "measureTopic", label: t("measures.field.topic"), value: m?.topic ?? "", options: topicOptions(this.dialogue, m?.topic), problems: this.problems, path: "topic" })}
        ${this.renderOwner(m)}
        ${selectField({ name: "measureStatus", label: t("measures.field.status"), value: m?.status ?? "planned", options: MEASURE_STATUSES.map((s) => ({ value: s, label: measureStatusLabel(s) })), problems: this.problems, path: "status" })}
        ${textField({ name: "measureProgress", label: t("measures.field.progress"), type: "number", min: "0", max: "100", value: m?.progress ?? 0, problems: this.problems, path: "progress" })}
        ${textField({ name: "measureDueOn", label: t("measures.field.dueOn"), type: "date", value: m?.dueOn ?? "", problems: this.problems, path: "dueOn" })}
        ${m ? textArea({ name: "measureReason", label: t("measures.field.reason"), required: true, hint: t("measures.field.reasonHint"), problems: this.problems, path: "reason" }) : nothing}
        <div class="actions">
          <button type="submit">${m ? t("common.save") : t("measures.dialog.submitCreate")}</button>
          <button type="button" class="secondary" @click=${() => this.close()}>${t("common.cancel")}</button>
        </div>
      </form>
      ${m ? this.renderHistory(m) : nothing}
    </dialog>`;
  }
}
