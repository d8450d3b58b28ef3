import { ACTOR_GROUP_LABELS, ACTOR_GROUPS, createEventSchema, updateEventSchema, type PublicDialogue, type PublicEvent } from "@kfd/domain";
import * as z from "zod/mini";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { keyed } from "lit/directives/keyed.js";
import { api } from "../api.js";
import { focusProblem, formValues, problemSummary, textArea, textField } from "../fields.js";
import { formatDateTime } from "../format.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { href } from "../router.js";
import { Screen } from "../screen.js";

/** datetime-local speaks the browser's local time; the API wants an instant with offset. */
const toInstant = (local: string): string => (local ? new Date(local).toISOString() : "");
const toLocal = (iso: string): string => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
const languages = (value: string): string[] => value.split(/[,\s]+/).map((l) => l.trim().toLowerCase()).filter(Boolean);

/** Step 2, Durchführung: the dialogue's events — create, edit, cancel with notice. */
export class KfdEventsStep extends Screen {
  @property({ attribute: false }) dialogue!: PublicDialogue;
  @state() private events: PublicEvent[] | null = null;
  @state() private editing: PublicEvent | null = null;
  @state() private problems: FormProblems | null = null;
  /** A new key renders a fresh form: reset() alone would leave Lit's bound values out of step. */
  @state() private formKey = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.events = await api().listEvents(this.dialogue.id);
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const v = formValues(e.target as HTMLFormElement);
    const input = {
      title: v.text("title"),
      description: v.text("description"),
      startsAt: toInstant(v.text("startsAt")),
      endsAt: toInstant(v.text("endsAt")),
      ...(v.text("venue") ? { venue: { name: v.text("venue"), address: v.text("address") } } : {}),
      capacity: Number(v.text("capacity")),
      languages: languages(v.text("languages") || "de"),
      interpretingLanguages: languages(v.text("interpretingLanguages")),
      childcare: v.checked("childcare"),
      waitlist: v.checked("waitlist"),
      quotas: Object.fromEntries(ACTOR_GROUPS.filter((g) => v.text(`quota-${g}`) !== "").map((g) => [g, Number(v.text(`quota-${g}`))])),
      accessibility: { stepFree: v.checked("stepFree"), accessibleToilet: v.checked("accessibleToilet"), hearingLoop: false, notes: "" },
    };
    const parsed = this.editing ? z.safeParse(updateEventSchema, input) : z.safeParse(createEventSchema, input);
    if (!parsed.success) {
      this.problems = fromIssues(parsed.error.issues);
      focusProblem(this);
      return;
    }
    try {
      const saved = this.editing ? await api().updateEvent(this.editing.id, input) : await api().createEvent(this.dialogue.id, input);
      announce(this.editing ? `Veranstaltung gespeichert: ${saved.title}` : `Veranstaltung angelegt: ${saved.title}`);
      this.problems = null;
      this.editing = null;
      this.formKey++;
      await this.load();
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    }
  }

  private async cancel(event: PublicEvent): Promise<void> {
    const reason = (this.querySelector<HTMLInputElement>(`#cancel-reason-${event.id}`)?.value ?? "").trim();
    await api().cancelEvent(event.id, reason);
    announce(`Veranstaltung abgesagt: ${event.title}. Die Angemeldeten werden benachrichtigt.`);
    await this.load();
  }

  private edit(event: PublicEvent): void {
    this.editing = event;
    requestAnimationFrame(() => this.querySelector<HTMLElement>("#event-form-heading")?.focus());
  }

  override render() {
    const e = this.editing;
    return html`<section aria-labelledby="events-heading">
        <h2 id="events-heading">Veranstaltungen</h2>
        ${this.events === null
          ? html`<p>Wird geladen …</p>`
          : this.events.length === 0
            ? html`<p class="muted">Noch keine Veranstaltung.</p>`
            : html`<ul class="plain event-list">
                ${this.events.map(
                  (ev) => html`<li class="card">
                    <h3><a href=${href("dialoge", this.dialogue.id, "veranstaltungen", ev.id)}>${ev.title}</a>${ev.status === "cancelled" ? html` <span class="badge warn">abgesagt</span>` : nothing}</h3>
                    <p>${formatDateTime(ev.startsAt)} · ${ev.venue?.name ?? "ohne Ort"} · ${ev.confirmedCount} von ${ev.capacity} Plätzen belegt, ${ev.waitlistCount} auf der Warteliste</p>
                    ${ev.status === "scheduled"
                      ? html`<div class="actions">
                          <button type="button" class="secondary" @click=${() => this.edit(ev)}>Bearbeiten</button>
                          <label for="cancel-reason-${ev.id}">Grund der Absage</label>
                          <input id="cancel-reason-${ev.id}" type="text" />
                          <button type="button" class="danger" @click=${() => this.cancel(ev)}>Absagen</button>
                        </div>`
                      : nothing}
                  </li>`,
                )}
              </ul>`}
      </section>
      <section aria-labelledby="event-form-heading">
        <h2 id="event-form-heading" tabindex="-1">${e ? `Veranstaltung bearbeiten: ${e.title}` : "Neue Veranstaltung"}</h2>
        ${problemSummary(this.problems)}
        ${keyed(`${this.formKey}-${e?.id ?? "new"}`, html`<form @submit=${this.submit} novalidate>
          ${textField({ name: "title", label: "Titel", value: e?.title, required: true, problems: this.problems })}
          ${textArea({ name: "description", label: "Beschreibung", value: e?.description, problems: this.problems })}
          ${textField({ name: "startsAt", label: "Beginn", type: "datetime-local", value: e ? toLocal(e.startsAt) : "", required: true, problems: this.problems })}
          ${textField({ name: "endsAt", label: "Ende", type: "datetime-local", value: e ? toLocal(e.endsAt) : "", required: true, problems: this.problems })}
          ${textField({ name: "venue", label: "Ort (Name)", value: e?.venue?.name, problems: this.problems, path: "venue.name" })}
          ${textField({ name: "address", label: "Adresse", value: e?.venue?.address, problems: this.problems, path: "venue.address" })}
          ${textField({ name: "capacity", label: "Plätze", type: "number", min: "1", value: e?.capacity ?? 40, required: true, problems: this.problems })}
          ${textField({ name: "languages", label: "Sprachen der Veranstaltung", value: (e?.languages ?? ["de"]).join(", "), hint: "Sprachkürzel, durch Komma getrennt, z. B. de, ar", problems: this.problems })}
          ${textField({ name: "interpretingLanguages", label: "Verdolmetschung in", value: (e?.interpretingLanguages ?? []).join(", "), hint: "z. B. ar, fa, uk", problems: this.problems })}
          <fieldset class="checkbox-group">
            <legend>Angebote vor Ort</legend>
            <label class="check"><input type="checkbox" name="childcare" ?checked=${e?.childcare ?? false} /> Kinderbetreuung</label>
            <label class="check"><input type="checkbox" name="stepFree" ?checked=${e?.accessibility.stepFree ?? false} /> Stufenloser Zugang</label>
            <label class="check"><input type="checkbox" name="accessibleToilet" ?checked=${e?.accessibility.accessibleToilet ?? false} /> Barrierefreie Toilette</label>
          </fieldset>
          <fieldset class="checkbox-group quotas">
            <legend>Reservierungen je Gruppe</legend>
            <p class="hint" id="quotas-hint">Optional: fest reservierte Sitze für eine Gruppe, zusammen nicht mehr als die Veranstaltung hat.</p>
            ${this.problems?.fields["quotas"] ? html`<p class="field-error" id="quotas-error">${this.problems.fields["quotas"]}</p>` : nothing}
            <div class="quota-grid">
              ${ACTOR_GROUPS.map(
                (g) => html`<div class="field"><label for="f-quota-${g}">${ACTOR_GROUP_LABELS[g]}</label>
                  <input id="f-quota-${g}" name="quota-${g}" type="number" min="1" .value=${String(e?.quotas[g] ?? "")}
                    aria-invalid=${this.problems?.fields["quotas"] || this.problems?.fields[`quotas.${g}`] ? "true" : "false"}
                    aria-describedby=${this.problems?.fields["quotas"] ? "quotas-hint quotas-error" : "quotas-hint"} /></div>`,
              )}
            </div>
            <label class="check"><input type="checkbox" name="waitlist" ?checked=${e?.waitlist ?? true} /> Warteliste führen, wenn ausgebucht</label>
          </fieldset>
          <button type="submit">${e ? "Änderungen speichern" : "Veranstaltung anlegen"}</button>
          ${e ? html`<button type="button" class="secondary" @click=${() => (this.editing = null)}>Abbrechen</button>` : nothing}
        </form>`)}
      </section>`;
  }
}
