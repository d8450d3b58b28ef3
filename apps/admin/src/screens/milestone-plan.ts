import { createMilestoneSchema, isMilestoneOverdue, updateMilestoneSchema, type Milestone } from "@kfd/domain";
import * as z from "zod/mini";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { api } from "../api.js";
import { focusProblem, formValues, problemSummary, textField } from "../fields.js";
import { formatDate, today } from "../format.js";
import { t } from "../i18n/i18n.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { Screen } from "../screen.js";
import { deleteConfirmation } from "./delete-confirmation.js";
import { focusAfterUpdate } from "./focus-after-update.js";

/** The project plan: milestones with due dates, ticked when reached, edited and deleted in place. */
export class KfdMilestonePlan extends Screen {
  @property() dialogueId = "";
  /** Handed down by the step on load; kept current here afterwards. */
  @property({ attribute: false }) milestones: Milestone[] = [];
  @state() private problems: FormProblems | null = null;
  @state() private editing: string | null = null;
  @state() private editProblems: FormProblems | null = null;
  @state() private deleting: string | null = null;

  private replace(milestone: Milestone): void {
    this.milestones = this.milestones.map((m) => (m.id === milestone.id ? milestone : m));
  }

  private async toggle(id: string, done: boolean): Promise<void> {
    try {
      const milestone = await api().updateMilestone(id, { done });
      this.replace(milestone);
      announce(t(done ? "preparation.milestones.reached" : "preparation.milestones.unreached", { title: milestone.title }));
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    }
  }

  private async add(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const v = formValues(form);
    const input = { title: v.text("milestoneTitle"), ...(v.text("milestoneDue") ? { dueOn: v.text("milestoneDue") } : {}) };
    const parsed = z.safeParse(createMilestoneSchema, input);
    if (!parsed.success) {
      this.problems = fromIssues(parsed.error.issues);
      focusProblem(this);
      return;
    }
    try {
      const milestone = await api().createMilestone(this.dialogueId, parsed.data);
      this.milestones = [...this.milestones, milestone];
      this.problems = null;
      form.reset();
      announce(t("preparation.milestones.added", { title: milestone.title }));
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    }
  }

  private edit(id: string): void {
    this.editing = id;
    this.editProblems = null;
    this.deleting = null;
    void focusAfterUpdate(this, "#f-milestoneEditTitle");
  }

  private stopEditing(id: string): void {
    this.editing = null;
    this.editProblems = null;
    void focusAfterUpdate(this, `[data-edit-milestone='${id}']`);
  }

  private async save(e: SubmitEvent, id: string): Promise<void> {
    e.preventDefault();
    const v = formValues(e.target as HTMLFormElement);
    const parsed = z.safeParse(updateMilestoneSchema, { title: v.text("milestoneEditTitle"), dueOn: v.text("milestoneEditDue") || null });
    if (!parsed.success) {
      this.editProblems = fromIssues(parsed.error.issues);
      focusProblem(this);
      return;
    }
    try {
      const milestone = await api().updateMilestone(id, parsed.data);
      this.replace(milestone);
      announce(t("preparation.milestones.saved", { title: milestone.title }));
      this.stopEditing(id);
    } catch (error) {
      this.editProblems = fromError(error);
      focusProblem(this);
    }
  }

  private ask(id: string): void {
    this.deleting = id;
    void focusAfterUpdate(this, `[data-confirm-delete='${id}']`);
  }

  private cancelDelete(id: string): void {
    this.deleting = null;
    void focusAfterUpdate(this, `[data-delete='${id}']`);
  }

  private async deleteMilestone(milestone: Milestone): Promise<void> {
    try {
      await api().deleteMilestone(milestone.id);
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
      return;
    }
    const index = this.milestones.findIndex((m) => m.id === milestone.id);
    this.milestones = this.milestones.filter((m) => m.id !== milestone.id);
    this.deleting = null;
    announce(t("preparation.milestones.deleted", { title: milestone.title }));
    const next = this.milestones[index] ?? this.milestones[index - 1];
    void focusAfterUpdate(this, next ? `[data-milestone='${next.id}']` : "#milestones-heading");
  }

  private renderEditForm(m: Milestone) {
    return html`<li>
      ${problemSummary(this.editProblems)}
      <form class="inline-form" novalidate @submit=${(e: SubmitEvent) => this.save(e, m.id)} @keydown=${(e: KeyboardEvent) => e.key === "Escape" && this.stopEditing(m.id)}>
        ${textField({ name: "milestoneEditTitle", label: t("preparation.milestones.title"), value: m.title, problems: this.editProblems, path: "title" })}
        ${textField({ name: "milestoneEditDue", label: t("preparation.milestones.dueOn"), type: "date", value: m.dueOn ?? "", hint: t("preparation.milestones.dueHint"), problems: this.editProblems, path: "dueOn" })}
        <div class="actions">
          <button type="submit">${t("common.save")}</button>
          <button type="button" class="secondary" @click=${() => this.stopEditing(m.id)}>${t("common.cancel")}</button>
        </div>
      </form>
    </li>`;
  }

  private renderMilestone(m: Milestone, now: string) {
    if (this.editing === m.id) return this.renderEditForm(m);
    const overdue = isMilestoneOverdue(m, now);
    return html`<li class="item-row ${overdue ? "overdue" : ""}">
      <label class="check">
        <input type="checkbox" data-milestone=${m.id} .checked=${m.done} @change=${(e: Event) => this.toggle(m.id, (e.target as HTMLInputElement).checked)} />
        ${m.title}${m.dueOn ? html` – ${t("preparation.milestones.due", { date: formatDate(m.dueOn) })}` : nothing}
      </label>
      ${overdue ? html`<strong class="badge warn">${t("preparation.milestones.overdue")}</strong>` : nothing}
      <button type="button" class="secondary" data-edit-milestone=${m.id} @click=${() => this.edit(m.id)}>${t("common.edit")}<span class="visually-hidden">: ${m.title}</span></button>
      ${deleteConfirmation({ id: m.id, name: m.title, asking: this.deleting === m.id, ask: () => this.ask(m.id), confirm: () => this.deleteMilestone(m), cancel: () => this.cancelDelete(m.id) })}
    </li>`;
  }

  override render() {
    const now = today();
    return html`<section aria-labelledby="milestones-heading">
      <h2 id="milestones-heading" tabindex="-1">${t("preparation.milestones.heading")}</h2>
      ${this.milestones.length === 0
        ? html`<p class="muted">${t("preparation.milestones.empty")}</p>`
        : html`<ul class="plain milestones">
            ${this.milestones.map((m) => this.renderMilestone(m, now))}
          </ul>`}
      ${problemSummary(this.problems)}
      <form class="inline-form" @submit=${this.add} novalidate>
        ${textField({ name: "milestoneTitle", label: t("preparation.milestones.new"), problems: this.problems, path: "title" })}
        ${textField({ name: "milestoneDue", label: t("preparation.milestones.dueOn"), type: "date", problems: this.problems, path: "dueOn" })}
        <button type="submit">${t("preparation.milestones.add")}</button>
      </form>
    </section>`;
  }
}
