import type { PublicEvent, Registration } from "@kfd/domain";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { api } from "../api.js";
import { formatDate, languageName } from "../format.js";
import { formatNumber, t, tn } from "../i18n/i18n.js";
import { actorGroupLabel, registrationStatusLabel } from "../i18n/labels.js";
import { announce } from "../live.js";
import { Screen } from "../screen.js";
import type { RegistrationErased } from "./erase-registration-dialog.js";

function statusText(r: Registration): string {
  const status = registrationStatusLabel(r.status);
  return r.waitlistPosition ? t("event.registrations.waitlistPlace", { status, position: formatNumber(r.waitlistPosition) }) : status;
}

/**
 * The registrations of one event as staff see them: who, with what needs, the CSV export, and
 * erasing a person's data when they ask for it. Tells its host `kfd-registrations-changed` after an erasure.
 */
export class KfdEventRegistrations extends Screen {
  @property({ attribute: false }) event!: PublicEvent;
  @property({ attribute: false }) registrations: Registration[] = [];
  @state() private erasing: Registration | null = null;

  private async exportCsv(): Promise<void> {
    const csv = await api().exportRegistrationsCsv(this.event.id);
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    link.download = t("event.registrations.fileName", { title: this.event.title.replace(/[^\p{L}\p{N}]+/gu, "-") });
    link.click();
    announce(t("event.registrations.exporting"));
  }

  private async erased(e: CustomEvent<RegistrationErased>): Promise<void> {
    const { name, receipt } = e.detail;
    this.erasing = null;
    announce([t("event.erased", { name }), receipt.promoted > 0 ? tn("event.promoted", receipt.promoted) : ""].join(" ").trim());
    this.dispatchEvent(new CustomEvent("kfd-registrations-changed"));
    // The row's button is gone; the heading is where the person reads on from.
    await this.updateComplete;
    this.querySelector<HTMLElement>("#registrations-heading")?.focus();
  }

  private async eraseDismissed(): Promise<void> {
    const id = this.erasing?.id;
    this.erasing = null;
    await this.updateComplete;
    this.querySelector<HTMLElement>(`[data-erase='${id}']`)?.focus();
  }

  private renderRow(r: Registration) {
    const person = r.personalDataErasedAt
      ? html`<td colspan="2" class="muted">${t("event.registrations.erasedOn", { date: formatDate(r.personalDataErasedAt) })}</td>`
      : html`<td>${r.name}</td><td>${r.email}</td>`;
    return html`<tr>
      ${person}
      <td>${statusText(r)}</td>
      <td>${r.actorGroup ? actorGroupLabel(r.actorGroup) : t("common.none")}</td>
      <td>${r.interpreting ? languageName(r.interpreting) : t("common.none")}</td>
      <td>${formatNumber(r.childcare?.children ?? 0)}</td>
      <td>
        ${r.personalDataErasedAt
          ? nothing
          : html`<button type="button" class="danger" data-erase=${r.id} @click=${() => (this.erasing = r)}>
              ${t("event.registrations.erase")}<span class="visually-hidden">: ${r.name}</span>
            </button>`}
      </td>
    </tr>`;
  }

  override render() {
    return html`<section aria-labelledby="registrations-heading">
      <h2 id="registrations-heading" tabindex="-1">${t("event.registrations.heading", { count: formatNumber(this.registrations.length) })}</h2>
      ${this.registrations.length === 0
        ? html`<p class="muted">${t("event.registrations.none")}</p>`
        : html`<p><button type="button" class="secondary" @click=${() => this.exportCsv()}>${t("event.registrations.export")}</button></p>
            <div class="table-wrap">
              <table class="registrations">
                <caption class="visually-hidden">${t("event.registrations.caption", { title: this.event.title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">${t("event.registrations.name")}</th>
                    <th scope="col">${t("event.registrations.email")}</th>
                    <th scope="col">${t("event.registrations.status")}</th>
                    <th scope="col">${t("event.registrations.group")}</th>
                    <th scope="col">${t("event.registrations.interpreting")}</th>
                    <th scope="col">${t("event.registrations.children")}</th>
                    <th scope="col">${t("common.actions")}</th>
                  </tr>
                </thead>
                <tbody>${this.registrations.map((r) => this.renderRow(r))}</tbody>
              </table>
            </div>`}
      ${this.erasing
        ? html`<kfd-erase-registration-dialog .registration=${this.erasing} .event=${this.event}
            @kfd-registration-erased=${this.erased} @kfd-dialog-dismissed=${this.eraseDismissed}></kfd-erase-registration-dialog>`
        : nothing}
    </section>`;
  }
}
