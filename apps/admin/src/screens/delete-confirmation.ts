import { html, type TemplateResult } from "lit";
import { t } from "../i18n/i18n.js";

interface DeleteConfirmation {
  /** The deleted thing's id: the buttons carry it, so focus can find them after each step. */
  id: string;
  /** What is deleted, for screen readers; the visible buttons only say what they do. */
  name: string;
  asking: boolean;
  ask(): void;
  confirm(): void;
  cancel(): void;
}

/**
 * Deleting takes two presses: the first asks "Wirklich löschen?" in place, the second deletes.
 * In place rather than a modal, so the question stays beside what it concerns; Escape takes it back.
 */
export function deleteConfirmation(o: DeleteConfirmation): TemplateResult {
  if (!o.asking) {
    return html`<button type="button" class="danger" data-delete=${o.id} @click=${o.ask}>${t("common.delete")}<span class="visually-hidden">: ${o.name}</span></button>`;
  }
  const question = `delete-question-${o.id}`;
  return html`<span class="confirm-delete" @keydown=${(e: KeyboardEvent) => e.key === "Escape" && o.cancel()}>
    <span id=${question} class="warn-text">${t("preparation.delete.question")}</span>
    <button type="button" class="danger" data-confirm-delete=${o.id} aria-describedby=${question} @click=${o.confirm}>${t("preparation.delete.confirm")}<span class="visually-hidden">: ${o.name}</span></button>
    <button type="button" class="secondary" @click=${o.cancel}>${t("common.cancel")}</button>
  </span>`;
}
