import { addChecklistItemSchema, type ChecklistItem } from "@kfd/domain";
import * as z from "zod/mini";
import { html } from "lit";
import { property, state } from "lit/decorators.js";
import { api } from "../api.js";
import { focusProblem, formValues, problemSummary, textField } from "../fields.js";
import { t, templateText, tn } from "../i18n/i18n.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { Screen } from "../screen.js";
import { deleteConfirmation } from "./delete-confirmation.js";
import { focusAfterUpdate } from "./focus-after-update.js";

/** The Vorbereitung's checklist: tick items off, add own ones, delete with a confirming second press. */
export class KfdChecklist extends Screen {
  @property() dialogueId = "";
  /** Handed down by the step (on load, and when a template adds items); kept current here afterwards. */
  @property({ attribute: false }) items: ChecklistItem[] = [];
  /** The German text of every method template's checklist item, by its key. */
  @property({ attribute: false }) templateTexts: ReadonlyMap<string, string> = new Map();
  @state() private problems: FormProblems | null = null;
  @state() private deleting: string | null = null;

  private async tick(itemId: string, done: boolean): Promise<void> {
    try {
      const item = await api().updateChecklistItem(itemId, { done });
      this.items = this.items.map((i) => (i.id === item.id ? item : i));
      announce(t(done ? "preparation.checklist.ticked" : "preparation.checklist.unticked", { text: this.textOf(item) }));
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    }
  }

  private async addItem(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const parsed = z.safeParse(addChecklistItemSchema, { text: formValues(form).text("itemText") });
    if (!parsed.success) {
      this.problems = fromIssues(parsed.error.issues);
      focusProblem(this);
      return;
    }
    try {
      const item = await api().addChecklistItem(this.dialogueId, parsed.data);
      this.items = [...this.items, item];
      this.problems = null;
      form.reset();
      announce(t("preparation.checklist.added", { text: item.text }));
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    }
  }

  private ask(itemId: string): void {
    this.deleting = itemId;
    void focusAfterUpdate(this, `[data-confirm-delete='${itemId}']`);
  }

  private cancel(itemId: string): void {
    this.deleting = null;
    void focusAfterUpdate(this, `[data-delete='${itemId}']`);
  }

  private async deleteItem(item: ChecklistItem): Promise<void> {
    try {
      await api().deleteChecklistItem(item.id);
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
      return;
    }
    const index = this.items.findIndex((i) => i.id === item.id);
    this.items = this.items.filter((i) => i.id !== item.id);
    this.deleting = null;
    announce(t("preparation.checklist.deleted", { text: this.textOf(item) }));
    // The person carries on with the item that moved up into its place, else the one before.
    const next = this.items[index] ?? this.items[index - 1];
    void focusAfterUpdate(this, next ? `[data-item='${next.id}']` : "#checklist-heading");
  }

  /**
   * A template's item in the console's language while it still reads as the template wrote it;
   * once staff reworded it, it is their text and stays as they wrote it.
   */
  private textOf(item: ChecklistItem): string {
    const key = item.templateKey;
    if (key === null || this.templateTexts.get(key) !== item.text) return item.text;
    return templateText(`checklist.${key}`, item.text);
  }

  override render() {
    const done = this.items.filter((i) => i.done).length;
    return html`<section aria-labelledby="checklist-heading">
      <h2 id="checklist-heading" tabindex="-1">${t("preparation.checklist.heading")} <span class="count">${tn("preparation.checklist.progress", this.items.length, { done })}</span></h2>
      ${this.items.length === 0
        ? html`<p class="muted">${t("preparation.checklist.empty")}</p>`
        : html`<ul class="plain checklist">
            ${this.items.map(
              (i) => html`<li class="item-row">
                <label class="check"><input type="checkbox" data-item=${i.id} .checked=${i.done} @change=${(e: Event) => this.tick(i.id, (e.target as HTMLInputElement).checked)} /> ${this.textOf(i)}</label>
                ${deleteConfirmation({ id: i.id, name: this.textOf(i), asking: this.deleting === i.id, ask: () => this.ask(i.id), confirm: () => this.deleteItem(i), cancel: () => this.cancel(i.id) })}
              </li>`,
            )}
          </ul>`}
      ${problemSummary(this.problems)}
      <form class="inline-form" @submit=${this.addItem} novalidate>
        ${textField({ name: "itemText", label: t("preparation.checklist.own"), problems: this.problems, path: "text" })}
        <button type="submit">${t("preparation.checklist.add")}</button>
      </form>
    </section>`;
  }
}
