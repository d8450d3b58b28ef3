import { ACTOR_GROUPS, createEventSchema, updateEventSchema, type PublicDialogue, type PublicEvent } from "@kfd/domain";
import * as z from "zod/mini";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { keyed } from "lit/directives/keyed.js";
import { api } from "../api.js";
import { focusProblem, formValues, problemSummary, textArea, textField } from "../fields.js";
import { formatDateTime } from "../format.js";
import { formatNumber, t, tn } from "../i18n/i18n.js";
import { actorGroupLabel, eventStatusLabel } from "../i18n/labels.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { href } from "../router.js";
import { Screen } from "../screen.js";
import type { EventCancelled } from "./event-cancel-dialog.js";

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
  @state() private cancelling: PublicEvent | null = null;
  @state() private problems: FormProblems | null = null;
  @state() private loadFailed = false;
  /** A new key renders a fresh form: reset() alone would leave Lit's bound values out of step. */
  @state() private formKey = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const events = await api().listEvents(this.dialogue.id).catch(() => null);
    this.loadFailed = events === null;
    if (events) this.events = events;
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
      announce(t(this.editing ? "events.saved" : "events.created", { title: saved.title }));
      this.problems = null;
      this.editing = null;
      this.formKey++;
      await this.load();
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    }
  }

  /** The dialog names how many people the mail goes to, so it counts them now rather than when the list was loaded. */
  private async askCancel(event: PublicEvent): Promise<void> {
    // Should the fresh count fail, the list's count is still the best there is; the cancellation itself reports its own errors.
    this.cancelling = await api().getEvent(event.id).catch(() => event);
  }

  private async cancelled(e: CustomEvent<EventCancelled>): Promise<void> {
    const { event, notified } = e.detail;
    this.cancelling = null;
    announce(tn("events.cancelled", notified, { title: event.title }));
    await this.load();
    await this.updateComplete;
    this.querySelector<HTMLElement>(`#event-link-${event.id}`)?.focus();
  }

  private async cancelDismissed(): Promise<void> {
    const id = this.cancelling?.id;
    this.cancelling = null;
    await this.updateComplete;
    this.querySelector<HTMLElement>(`[data-cancel='${id}']`)?.focus();
  }

  private edit(event: PublicEvent): void {
    this.editing = event;
    requestAnimationFrame(() => this.querySelector<HTMLElement>("#event-form-heading")?.focus());
  }

  private renderEvent(ev: PublicEvent) {
    const seats = t("events.seats", { confirmed: formatNumber(ev.confirmedCount), capacity: formatNumber(ev.capacity), waitlisted: formatNumber(ev.waitlistCount) });
    return html`<li class="card">
      <h3>
        <a id="event-link-${ev.id}" href=${href("dialoge", this.dialogue.id, "veranstaltungen", ev.id)}>${ev.title}</a>
        ${ev.status === "cancelled" ? html`<span class="badge warn">${eventStatusLabel(ev.status)}</span>` : nothing}
      </h3>
      <p>${formatDateTime(ev.startsAt)} · ${ev.venue?.name ?? t("events.noVenue")} · ${seats}</p>
      ${ev.status === "cancelled" && ev.cancelledReason ? html`<p>${t("events.cancelledReason", { reason: ev.cancelledReason })}</p>` : nothing}
      ${ev.status === "scheduled"
        ? html`<div class="actions">
            <button type="button" class="secondary" @click=${() => this.edit(ev)}>${t("common.edit")}<span class="visually-hidden">: ${ev.title}</span></button>
            <button type="button" class="danger" data-cancel=${ev.id} @click=${() => this.askCancel(ev)}>${t("events.cancel")}<span class="visually-hidden">: ${ev.title}</span></button>
          </div>`
        : nothing}
    </li>`;
  }

  private renderForm() {
    const e = this.editing;
    const p = this.problems;
    return keyed(
      `${this.formKey}-${e?.id ?? "new"}`,
      html`<form @submit=${this.submit} novalidate>
        ${textField({ name: "title", label: t("events.form.title"), value: e?.title, required: true, problems: p })}
        ${textArea({ name: "description", label: t("events.form.description"), value: e?.description, problems: p })}
        ${textField({ name: "startsAt", label: t("events.form.startsAt"), type: "datetime-local", value: e ? toLocal(e.startsAt) : "", required: true, problems: p })}
        ${textField({ name: "endsAt", label: t("events.form.endsAt"), type: "datetime-local", value: e ? toLocal(e.endsAt) : "", required: true, problems: p })}
        ${textField({ name: "venue", label: t("events.form.venue"), value: e?.venue?.name, problems: p, path: "venue.name" })}
        ${textField({ name: "address", label: t("events.form.address"), value: e?.venue?.address, problems: p, path: "venue.address" })}
        ${textField({ name: "capacity", label: t("events.form.capacity"), type: "number", min: "1", value: e?.capacity ?? 40, required: true, problems: p })}
        ${textField({ name: "languages", label: t("events.form.languages"), value: (e?.languages ?? ["de"]).join(", "), hint: t("events.form.languagesHint"), problems: p })}
        ${textField({ name: "interpretingLanguages", label: t("events.form.interpreting"), value: (e?.interpretingLanguages ?? []).join(", "), hint: t("events.form.interpretingHint"), problems: p })}
        <fieldset class="checkbox-group">
          <legend>${t("events.form.onSite")}</legend>
          <label class="check"><input type="checkbox" name="childcare" ?checked=${e?.childcare ?? false} /> ${t("events.form.childcare")}</label>
          <label class="check"><input type="checkbox" name="stepFree" ?checked=${e?.accessibility.stepFree ?? false} /> ${t("events.form.stepFree")}</label>
          <label class="check"><input type="checkbox" name="accessibleToilet" ?checked=${e?.accessibility.accessibleToilet ?? false} /> ${t("events.form.accessibleToilet")}</label>
        </fieldset>
        <fieldset class="checkbox-group quotas">
          <legend>${t("events.form.quotas")}</legend>
          <p class="hint" id="quotas-hint">${t("events.form.quotasHint")}</p>
          ${p?.fields["quotas"] ? html`<p class="field-error" id="quotas-error">${p.fields["quotas"]}</p>` : nothing}
          <div class="quota-grid">
            ${ACTOR_GROUPS.map(
              (g) => html`<div class="field"><label for="f-quota-${g}">${actorGroupLabel(g)}</label>
                <input id="f-quota-${g}" name="quota-${g}" type="number" min="1" .value=${String(e?.quotas[g] ?? "")}
                  aria-invalid=${p?.fields["quotas"] || p?.fields[`quotas.${g}`] ? "true" : "false"}
                  aria-describedby=${p?.fields["quotas"] ? "quotas-hint quotas-error" : "quotas-hint"} /></div>`,
            )}
          </div>
          <label class="check"><input type="checkbox" name="waitlist" ?checked=${e?.waitlist ?? true} /> ${t("events.form.waitlist")}</label>
        </fieldset>
        <button type="submit">${t(e ? "events.form.save" : "events.form.create")}</button>
        ${e ? html`<button type="button" class="secondary" @click=${() => (this.editing = null)}>${t("common.cancel")}</button>` : nothing}
      </form>`,
    );
  }

  override render() {
    const e = this.editing;
    if (this.loadFailed) return html`<div class="alert" role="alert">${t("common.loadFailed")}</div>`;
    return html`<section aria-labelledby="events-heading">
        <h2 id="events-heading">${t("events.heading")}</h2>
        ${this.events === null
          ? html`<p>${t("common.loading")}</p>`
          : this.events.length === 0
            ? html`<p class="muted">${t("events.none")}</p>`
            : html`<ul class="plain event-list">${this.events.map((ev) => this.renderEvent(ev))}</ul>`}
      </section>
      <section aria-labelledby="event-form-heading">
        <h2 id="event-form-heading" tabindex="-1">${e ? t("events.form.edit", { title: e.title }) : t("events.form.new")}</h2>
        ${problemSummary(this.problems)} ${this.renderForm()}
      </section>
      ${this.cancelling
        ? html`<kfd-event-cancel-dialog .event=${this.cancelling} @kfd-event-cancelled=${this.cancelled} @kfd-dialog-dismissed=${this.cancelDismissed}></kfd-event-cancel-dialog>`
        : nothing}`;
  }
}
