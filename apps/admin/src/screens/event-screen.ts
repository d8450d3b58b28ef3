import { ACTOR_GROUP_LABELS, type CheckInEntry, type EventNeeds, type PublicEvent, type Registration } from "@kfd/domain";
import { html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { api } from "../api.js";
import { formatDateTime, languageName } from "../format.js";
import { announce } from "../live.js";
import { href } from "../router.js";
import { Screen } from "../screen.js";

const STATUS_LABELS: Record<Registration["status"], string> = { confirmed: "bestätigt", waitlisted: "Warteliste", cancelled: "storniert" };

/** One event: the needs summed up for planning, the registrations, the CSV export and the check-in list at the door. */
export class KfdEventScreen extends Screen {
  @property() eventId = "";
  @property() dialogueId = "";
  @state() private event: PublicEvent | null = null;
  @state() private needs: EventNeeds | null = null;
  @state() private registrations: Registration[] = [];
  @state() private checkIn: CheckInEntry[] = [];
  @state() private error = "";

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
      this.error = "Die Veranstaltung konnte nicht geladen werden.";
    }
  }

  private async exportCsv(): Promise<void> {
    const csv = await api().exportRegistrationsCsv(this.eventId);
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    link.download = `anmeldungen-${this.event?.title.replace(/[^\p{L}\p{N}]+/gu, "-") ?? this.eventId}.csv`;
    link.click();
    announce("Die CSV-Datei wird heruntergeladen.");
  }

  private async attend(entry: CheckInEntry, attended: boolean): Promise<void> {
    await api().setAttendance(entry.registrationId, attended);
    this.checkIn = this.checkIn.map((c) => (c.registrationId === entry.registrationId ? { ...c, attended } : c));
    announce(`${entry.name}: ${attended ? "anwesend" : "nicht anwesend"}. ${this.checkIn.filter((c) => c.attended).length} anwesend.`);
  }

  override render() {
    if (this.error) return html`<h1 tabindex="-1">Veranstaltung</h1><div class="alert" role="alert">${this.error}</div>`;
    const ev = this.event;
    const n = this.needs;
    if (!ev || !n) return html`<p>Wird geladen …</p>`;
    const attended = this.checkIn.filter((c) => c.attended).length;
    return html`<p><a href=${href("dialoge", this.dialogueId, "durchfuehrung")}>← Zurück zu den Veranstaltungen</a></p>
      <h1 tabindex="-1">${ev.title}</h1>
      <p class="meta">${formatDateTime(ev.startsAt)} · ${ev.venue?.name ?? ""} ${ev.status === "cancelled" ? html`<span class="badge warn">abgesagt</span>` : nothing}</p>
      <section aria-labelledby="needs-heading" class="card">
        <h2 id="needs-heading">Bedarfe für die Planung</h2>
        <dl class="facts">
          <div><dt>Bestätigt</dt><dd>${n.registrations.confirmed} von ${n.capacity}</dd></div>
          <div><dt>Warteliste</dt><dd>${n.registrations.waitlisted}</dd></div>
          <div><dt>Kinder zu betreuen</dt><dd>${n.childcare.children.confirmed}</dd></div>
          <div><dt>Barrierefreiheit angefragt</dt><dd>${n.accessibility.confirmed}</dd></div>
          ${n.interpreting.map((i) => html`<div><dt>Verdolmetschung ${languageName(i.language)}</dt><dd>${i.confirmed}</dd></div>`)}
        </dl>
        ${n.uncoveredInterpreting.length > 0 ? html`<p class="warn-text">Noch ohne Verdolmetschung angefragt: ${n.uncoveredInterpreting.map(languageName).join(", ")}</p>` : nothing}
        <h3>Nach Akteursgruppe</h3>
        <ul class="plain">${n.byActorGroup.map((g) => html`<li>${g.actorGroup ? ACTOR_GROUP_LABELS[g.actorGroup] : "ohne Angabe"}: ${g.confirmed} bestätigt, ${g.waitlisted} Warteliste</li>`)}</ul>
      </section>
      <section aria-labelledby="registrations-heading">
        <h2 id="registrations-heading">Anmeldungen (${this.registrations.length})</h2>
        <p><button type="button" class="secondary" @click=${() => this.exportCsv()}>Als CSV exportieren</button></p>
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Anmeldungen zu ${ev.title}</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">E-Mail</th><th scope="col">Status</th><th scope="col">Gruppe</th><th scope="col">Dolmetschen</th><th scope="col">Kinder</th></tr></thead>
            <tbody>
              ${this.registrations.map(
                (r) => html`<tr><td>${r.name}</td><td>${r.email}</td><td>${STATUS_LABELS[r.status]}${r.waitlistPosition ? ` (Platz ${r.waitlistPosition})` : ""}</td><td>${r.actorGroup ? ACTOR_GROUP_LABELS[r.actorGroup] : "–"}</td><td>${r.interpreting ? languageName(r.interpreting) : "–"}</td><td>${r.childcare?.children ?? 0}</td></tr>`,
              )}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="checkin-heading">
        <h2 id="checkin-heading">Einlassliste <span class="count">(${attended} anwesend)</span></h2>
        <ul class="plain checkin">
          ${this.checkIn.map(
            (c) => html`<li><label class="check"><input type="checkbox" .checked=${c.attended} @change=${(e: Event) => this.attend(c, (e.target as HTMLInputElement).checked)} /> ${c.name}${c.status === "waitlisted" ? " (Warteliste)" : ""}${c.interpreting ? ` · Dolmetschen: ${languageName(c.interpreting)}` : ""}${c.children ? ` · ${c.children} Kind(er)` : ""}</label></li>`,
          )}
        </ul>
      </section>`;
  }
}
