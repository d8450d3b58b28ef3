import { text, type Event, type PublicEvent } from "@kfd/domain";
import * as z from "zod/mini";
import { html } from "lit";
import { property, state } from "lit/decorators.js";
import { api } from "../api.js";
import { focusProblem, formValues, problemSummary, textArea } from "../fields.js";
import { t, tn } from "../i18n/i18n.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { Screen } from "../screen.js";

/** The API lets a reason be empty; the console asks for one, because it is what the registered people read. */
const cancelWithReasonSchema = z.object({ reason: text(1000) });

export interface EventCancelled {
  event: Event;
  /** How many people the cancellation mail goes to. */
  notified: number;
}

/**
 * Cancelling an event sends a mail to everyone registered and cannot be taken back, so it
 * takes a second step: the dialog says who will be told, and asks for the reason they will read.
 * Tells its host `kfd-event-cancelled` or, when the person changed their mind, `kfd-dialog-dismissed`.
 */
export class KfdEventCancelDialog extends Screen {
  @property({ attribute: false }) event!: PublicEvent;
  @state() private problems: FormProblems | null = null;
  private done = false;

  private get dialog(): HTMLDialogElement {
    return this.querySelector("dialog")!;
  }

  protected override firstUpdated(): void {
    this.dialog.showModal();
  }

  private async confirm(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const parsed = z.safeParse(cancelWithReasonSchema, { reason: formValues(e.target as HTMLFormElement).text("reason") });
    if (!parsed.success) {
      this.problems = fromIssues(parsed.error.issues);
      focusProblem(this.dialog);
      return;
    }
    try {
      const event = await api().cancelEvent(this.event.id, parsed.data.reason);
      this.done = true;
      this.dialog.close();
      const notified = this.event.confirmedCount + this.event.waitlistCount;
      this.dispatchEvent(new CustomEvent<EventCancelled>("kfd-event-cancelled", { detail: { event, notified } }));
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this.dialog);
    }
  }

  private closed(): void {
    if (!this.done) this.dispatchEvent(new CustomEvent("kfd-dialog-dismissed"));
  }

  private renderNotified() {
    const { confirmedCount, waitlistCount } = this.event;
    if (confirmedCount + waitlistCount === 0) return html`<p>${t("events.cancelDialog.nobody")}</p>`;
    return html`<p>${t("events.cancelDialog.notified")}</p>
      <ul>
        <li>${tn("events.cancelDialog.confirmed", confirmedCount)}</li>
        <li>${tn("events.cancelDialog.waitlisted", waitlistCount)}</li>
      </ul>`;
  }

  override render() {
    return html`<dialog id="cancel-event-dialog" aria-labelledby="cancel-event-title" aria-describedby="cancel-event-consequences" @close=${this.closed}>
      <h2 id="cancel-event-title">${t("events.cancelDialog.title", { title: this.event.title })}</h2>
      ${problemSummary(this.problems)}
      <div id="cancel-event-consequences">
        ${this.renderNotified()}
        <p>${t("events.cancelDialog.final")}</p>
      </div>
      <form @submit=${this.confirm} novalidate>
        ${textArea({ name: "reason", label: t("events.cancelDialog.reason"), required: true, hint: t("events.cancelDialog.reasonHint"), problems: this.problems })}
        <div class="actions">
          <button type="submit" class="danger">${t("events.cancelDialog.confirm")}</button>
          <button type="button" class="secondary" @click=${() => this.dialog.close()}>${t("common.cancel")}</button>
        </div>
      </form>
    </dialog>`;
  }
}
