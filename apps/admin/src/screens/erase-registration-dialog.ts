import type { ErasureReceipt, PublicEvent, Registration } from "@kfd/domain";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { api } from "../api.js";
import { t } from "../i18n/i18n.js";
import { fromError } from "../problem.js";
import { Screen } from "../screen.js";

export interface RegistrationErased {
  /** The name as it was: the registration itself no longer has one. */
  name: string;
  receipt: ErasureReceipt;
}

/**
 * Erasing a person's data on their request (Art. 17 DSGVO) cannot be undone, and a live
 * registration gives up its seat, so the dialog says all that before anything happens. Focus
 * starts on "Abbrechen": pressing Enter by habit must not erase anyone.
 * Tells its host `kfd-registration-erased` or, when nothing was erased, `kfd-dialog-dismissed`.
 */
export class KfdEraseRegistrationDialog extends Screen {
  @property({ attribute: false }) registration!: Registration;
  @property({ attribute: false }) event!: PublicEvent;
  @state() private error = "";
  private done = false;

  private get dialog(): HTMLDialogElement {
    return this.querySelector("dialog")!;
  }

  protected override firstUpdated(): void {
    this.dialog.showModal();
  }

  private async erase(): Promise<void> {
    try {
      const receipt = await api().eraseRegistration(this.registration.id);
      this.done = true;
      this.dialog.close();
      this.dispatchEvent(new CustomEvent<RegistrationErased>("kfd-registration-erased", { detail: { name: this.registration.name, receipt } }));
    } catch (error) {
      this.error = fromError(error).summary;
      await this.updateComplete;
      this.querySelector<HTMLElement>(".alert")?.focus();
    }
  }

  private closed(): void {
    if (!this.done) this.dispatchEvent(new CustomEvent("kfd-dialog-dismissed"));
  }

  /** What happens to the seat: only a live registration has one to give up. */
  private seatConsequence() {
    switch (this.registration.status) {
      case "confirmed":
        return html`<p>${t("event.eraseDialog.seatFreed")} ${this.event.waitlistCount > 0 ? t("event.eraseDialog.promotes") : nothing}</p>`;
      case "waitlisted":
        return html`<p>${t("event.eraseDialog.leavesWaitlist")}</p>`;
      case "cancelled":
        return nothing;
    }
  }

  override render() {
    return html`<dialog id="erase-registration-dialog" aria-labelledby="erase-title" aria-describedby="erase-consequences" @close=${this.closed}>
      <h2 id="erase-title">${t("event.eraseDialog.title", { name: this.registration.name })}</h2>
      ${this.error ? html`<div class="alert" role="alert" tabindex="-1">${this.error}</div>` : nothing}
      <div id="erase-consequences">
        <p>${t("event.eraseDialog.what")}</p>
        ${this.seatConsequence()}
        <p><strong>${t("event.eraseDialog.final")}</strong></p>
      </div>
      <div class="actions">
        <button type="button" class="danger" @click=${() => this.erase()}>${t("event.eraseDialog.confirm")}</button>
        <button type="button" class="secondary" autofocus @click=${() => this.dialog.close()}>${t("common.cancel")}</button>
      </div>
    </dialog>`;
  }
}
