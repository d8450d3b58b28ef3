import type { CheckInEntry, EventNeeds, PublicEvent, Registration } from "@kfd/domain";
import { html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { api } from "../api.js";
import { formatDateTime } from "../format.js";
import { t } from "../i18n/i18n.js";
import { eventStatusLabel } from "../i18n/labels.js";
import { href } from "../router.js";
import { Screen } from "../screen.js";
import { eventNeeds } from "./event-needs.js";

/** One event: the needs summed up for planning, the registrations, the CSV export and the check-in list at the door. */
export class KfdEventScreen extends Screen {
  @property() eventId = "";
  @property() dialogueId = "";
  @state() private event: PublicEvent | null = null;
  @state() private needs: EventNeeds | null = null;
  @state() private registrations: Registration[] = [];
  @state() private checkIn: CheckInEntry[] = [];
  @state() private failed = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("eventId")) void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [event, needs, registrations, checkIn] = await Promise.all([
        api().getEvent(this.eventId),
        api().getEventNeeds(this.eventId),
        api().listRegistrations(this.eventId),
        api().getCheckInList(this.eventId),
      ]);
      Object.assign(this, { event, needs, registrations, checkIn });
    } catch {
      this.failed = true;
    }
  }

  override render() {
    if (this.failed) return html`<h1 tabindex="-1">${t("event.heading")}</h1><div class="alert" role="alert">${t("event.loadFailed")}</div>`;
    const ev = this.event;
    if (!ev || !this.needs) return html`<p>${t("common.loading")}</p>`;
    return html`<p><a href=${href("dialoge", this.dialogueId, "durchfuehrung")}>${t("event.back")}</a></p>
      <h1 tabindex="-1">${ev.title}</h1>
      <p class="meta">
        ${formatDateTime(ev.startsAt)}${ev.venue ? ` · ${ev.venue.name}` : ""}
        ${ev.status === "cancelled" ? html`<span class="badge warn">${eventStatusLabel(ev.status)}</span>` : nothing}
      </p>
      ${eventNeeds(this.needs)}
      <kfd-event-registrations .event=${ev} .registrations=${this.registrations} @kfd-registrations-changed=${() => this.load()}></kfd-event-registrations>
      <kfd-check-in-list .entries=${this.checkIn}></kfd-check-in-list>`;
  }
}
