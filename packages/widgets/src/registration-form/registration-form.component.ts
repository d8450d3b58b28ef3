import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { msg, str } from "@lit/localize";
import { ACTOR_GROUPS, LOCALES, registrationWindowState, type ActorGroup, type PublicEvent, type RegistrationInput, type RegistrationReceipt } from "@kfd/domain";
import { cancelRegistration, eventCalendarUrl, getEvent, KfdError, register } from "@kfd/sdk";
import { apiOptions } from "../base/api.js";
import { formatDate, formatEventTime, formatList, formatNumber, languageName } from "../base/format.js";
import { KfdElement } from "../base/kfd-element.js";
import { baseStyles } from "../base/styles.js";
import { registrationFormStyles } from "./registration-form.styles.js";

/** Every way a registration attempt can end, each with its own message. */
export type RegistrationOutcome =
  | { kind: "confirmed"; receipt: RegistrationReceipt }
  | { kind: "waitlisted"; receipt: RegistrationReceipt }
  | { kind: "full" }
  | { kind: "not-open" }
  | { kind: "closed" }
  | { kind: "cancelled" }
  | { kind: "duplicate" }
  | { kind: "error"; code: string };

type Field = "name" | "email" | "actorGroup" | "language" | "interpreting" | "childcare.children" | "childcare.ages" | "accessibilityNeeds" | "consent";
/** Which fields are wrong; the message is chosen while rendering, in the widget's language. */
type FieldErrors = Partial<Record<Field, true>>;

/** Field order on screen: focus goes to the first field with an error. */
const FIELDS: readonly Field[] = ["name", "email", "actorGroup", "language", "interpreting", "childcare.children", "childcare.ages", "accessibilityNeeds", "consent"];

/** Languages for which interpreters are commonly asked for, when the event names none. */
const COMMON_INTERPRETING_LANGUAGES = ["ar", "fa", "prs", "ps", "ku", "ti", "uk", "ru", "tr", "so", "en", "fr"];

const REFUSALS: Record<string, RegistrationOutcome["kind"]> = {
  event_full: "full",
  registration_not_open: "not-open",
  registration_closed: "closed",
  event_cancelled: "cancelled",
  duplicate_registration: "duplicate",
};

/**
 * Shows the event (date and time in Berlin time in the reader's language, place, seats or
 * waitlist, languages, interpreting, childcare, accessibility) and a form that registers
 * against the kfd API. Works under a strict Content-Security-Policy and speaks German,
 * English, Arabic, Farsi, Ukrainian and Turkish.
 *
 * @tag kfd-registration-form
 * @summary Registration for one event of a Kommunaler Flüchtlingsdialog, embeddable on any municipal website.
 *
 * @event kfd-registered - A registration was accepted; `detail.status` is `confirmed` or `waitlisted`.
 * @event kfd-registration-cancelled - The registrant cancelled from the widget.
 * @event kfd-error - Loading or sending failed; `detail.code` is the API's problem code or `network_error`.
 *
 * @csspart base - The widget's box.
 * @csspart title - The event's title (a heading of level `heading-level`).
 * @csspart event - The description of the event.
 * @csspart form - The registration form.
 * @csspart field - Each label + input group.
 * @csspart field-error - The error text under a field.
 * @csspart submit - The submit button.
 * @csspart status - The live region announcing progress and outcome.
 * @csspart outcome - The box shown after registering (with cancel and calendar).
 *
 * @cssproperty --kfd-color-primary - Buttons and links.
 * @cssproperty --kfd-color-danger - Error texts and invalid fields.
 */
export class KfdRegistrationForm extends KfdElement {
  static override styles = [baseStyles, registrationFormStyles];

  /** Base URL of the kfd API, e.g. `https://kfd.example.de`. */
  @property() api = "";

  /** Id of the event to register for. */
  @property() event = "";

  /** Where the municipality's privacy notice is; linked from the consent checkbox. */
  @property({ attribute: "privacy-url" }) privacyUrl = "";

  /** Level (1–6) of the event's title, so it fits the page's outline; the form's title is one below. */
  @property({ attribute: "heading-level", type: Number }) headingLevel = 2;

  @state() private loadState: "idle" | "loading" | "ready" | "not-found" | "failed" = "idle";
  @state() private details: PublicEvent | undefined;
  @state() private errors: FieldErrors = {};
  @state() private submitting = false;
  @state() private outcome: RegistrationOutcome | undefined;
  @state() private wantsInterpreting = false;
  @state() private wantsChildcare = false;
  @state() private cancelState: "idle" | "confirming" | "cancelling" | "cancelled" | "failed" = "idle";

  private loadGeneration = 0;
  private validator: Promise<typeof import("./validate.js") | undefined> | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("api") || changed.has("event")) {
      // Another event: nothing of the previous attempt applies any more.
      this.outcome = undefined;
      this.errors = {};
      this.cancelState = "idle";
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const options = apiOptions(this.api);
    const generation = ++this.loadGeneration;
    if (!this.event) {
      this.loadState = "idle";
      return;
    }
    this.loadState = "loading";
    try {
      const details = await getEvent(options, this.event);
      if (generation !== this.loadGeneration) return;
      this.details = details;
      this.loadState = "ready";
    } catch (error) {
      if (generation !== this.loadGeneration) return;
      const problem = asProblem(error);
      this.loadState = problem.status === 404 ? "not-found" : "failed";
      this.emit("kfd-error", { code: problem.code, status: problem.status });
    }
  }

  override render(): TemplateResult {
    return html`<div class="root" part="base" lang=${this.locale}>
      ${this.loadState === "ready" && this.details ? this.renderEvent(this.details) : nothing}
      <div class="status" role="status" part="status">${this.renderStatus()}</div>
      ${this.renderBody()}
    </div>`;
  }

  private renderStatus(): TemplateResult | typeof nothing {
    switch (this.loadState) {
      case "idle":
        return nothing;
      case "loading":
        return html`<p>${msg("Veranstaltung wird geladen …", { id: "form.loading" })}</p>`;
      case "not-found":
        return html`<p class="notice danger">${msg("Diese Veranstaltung wurde nicht gefunden.", { id: "form.notFound" })}</p>`;
      case "failed":
        return html`<p class="notice danger">${msg("Die Veranstaltung konnte nicht geladen werden. Bitte prüfen Sie Ihre Internetverbindung.", { id: "form.loadFailed" })}</p>`;
      case "ready":
        return this.renderOutcomeMessage();
    }
  }

  private renderBody(): TemplateResult | typeof nothing {
    if (this.loadState === "failed") {
      return html`<button class="button" type="button" @click=${() => void this.load()}>${msg("Erneut versuchen", { id: "form.retry" })}</button>`;
    }
    if (this.loadState !== "ready" || !this.details) return nothing;
    const outcome = this.outcome;
    if (outcome?.kind === "confirmed" || outcome?.kind === "waitlisted") return this.renderReceipt(outcome.receipt);
    const closedBy = outcome && ["full", "not-open", "closed", "cancelled"].includes(outcome.kind) ? outcome.kind : this.refusalBeforeSubmit(this.details);
    if (closedBy) return outcome ? nothing : html`<p class="notice warning">${this.refusalText(closedBy, this.details)}</p>`;
    return this.renderForm(this.details);
  }

  /** What stops registration before anyone types: the event's own state, as far as we know it now. */
  private refusalBeforeSubmit(details: PublicEvent): RegistrationOutcome["kind"] | undefined {
    if (details.status === "cancelled") return "cancelled";
    const window = registrationWindowState(details, new Date());
    if (window !== "open") return window;
    if (details.seatsLeft <= 0 && !details.waitlist) return "full";
    return undefined;
  }

  private renderEvent(details: PublicEvent): TemplateResult {
    const locale = this.locale;
    const access = details.accessibility;
    const accessFeatures = [
      access.stepFree ? msg("stufenloser Zugang", { id: "form.access.stepFree" }) : "",
      access.accessibleToilet ? msg("barrierefreies WC", { id: "form.access.toilet" }) : "",
      access.hearingLoop ? msg("Induktionsschleife für Hörgeräte", { id: "form.access.hearingLoop" }) : "",
    ].filter(Boolean);
    return html`<section part="event" class="event" aria-labelledby="event-title">
      <div class="heading" part="title" role="heading" aria-level=${this.level(0)} id="event-title" dir="auto">${details.title}</div>
      <p class="muted"><span dir="auto">${details.dialogueTitle}</span> · <span dir="auto">${details.municipalityName}</span></p>
      ${details.status === "cancelled"
        ? html`<p class="notice danger">
            <strong>${msg("Diese Veranstaltung wurde abgesagt.", { id: "form.event.cancelled" })}</strong>
            ${details.cancelledReason ? html`<span dir="auto">${details.cancelledReason}</span>` : nothing}
          </p>`
        : nothing}
      <dl class="facts">
        <div>
          <dt>${msg("Wann", { id: "form.event.when" })}</dt>
          <dd>${formatEventTime(details.startsAt, details.endsAt, locale)}</dd>
        </div>
        <div>
          <dt>${msg("Wo", { id: "form.event.where" })}</dt>
          <dd>
            ${this.formatLabel(details.format)}${details.venue
              ? html`<br /><span dir="auto">${details.venue.name}${details.venue.address ? html`, ${details.venue.address}` : nothing}</span>`
              : nothing}
          </dd>
        </div>
        <div>
          <dt>${msg("Plätze", { id: "form.event.seats" })}</dt>
          <dd>${this.seatsText(details)}</dd>
        </div>
        <div>
          <dt>${msg("Sprachen", { id: "form.event.languages" })}</dt>
          <dd>${formatList(details.languages.map((code) => languageName(code, locale)), locale)}</dd>
        </div>
        <div>
          <dt>${msg("Dolmetschen", { id: "form.event.interpreting" })}</dt>
          <dd>
            ${details.interpretingLanguages.length > 0
              ? formatList(details.interpretingLanguages.map((code) => languageName(code, locale)), locale)
              : msg("nicht vorgesehen – Sie können es bei der Anmeldung erbitten", { id: "form.event.noInterpreting" })}
          </dd>
        </div>
        <div>
          <dt>${msg("Kinderbetreuung", { id: "form.event.childcare" })}</dt>
          <dd>${details.childcare ? msg("wird angeboten", { id: "form.event.childcareOffered" }) : msg("nicht vorgesehen", { id: "form.event.childcareNone" })}</dd>
        </div>
        <div>
          <dt>${msg("Barrierefreiheit", { id: "form.event.accessibility" })}</dt>
          <dd>
            ${accessFeatures.length > 0 ? formatList(accessFeatures, locale) : msg("keine Angaben", { id: "form.event.accessUnknown" })}${access.notes
              ? html`<br /><span dir="auto">${access.notes}</span>`
              : nothing}
          </dd>
        </div>
      </dl>
      ${details.description ? html`<p class="description" dir="auto">${details.description}</p>` : nothing}
    </section>`;
  }

  private level(below: number): number {
    const level = Math.round(Number(this.headingLevel));
    return Math.min(6, (Number.isFinite(level) ? Math.max(1, level) : 2) + below);
  }

  private formatLabel(format: PublicEvent["format"]): string {
    switch (format) {
      case "in-person":
        return msg("vor Ort", { id: "form.format.inPerson" });
      case "online":
        return msg("online", { id: "form.format.online" });
      case "hybrid":
        return msg("vor Ort und online", { id: "form.format.hybrid" });
    }
  }

  private seatsText(details: PublicEvent): string {
    if (details.seatsLeft > 0) return msg(str`freie Plätze: ${formatNumber(details.seatsLeft, this.locale)}`, { id: "form.event.seatsLeft" });
    return details.waitlist
      ? msg("ausgebucht – Anmeldung auf die Warteliste möglich", { id: "form.event.waitlist" })
      : msg("ausgebucht", { id: "form.event.full" });
  }

  private refusalText(kind: RegistrationOutcome["kind"], details: PublicEvent): string {
    switch (kind) {
      case "full":
        return msg("Leider sind alle Plätze vergeben, und es gibt keine Warteliste.", { id: "form.outcome.full" });
      case "not-open":
        return details.registrationOpensAt
          ? msg(str`Die Anmeldung ist noch nicht geöffnet. Sie beginnt am ${formatDate(details.registrationOpensAt, this.locale)}.`, { id: "form.outcome.notOpenUntil" })
          : msg("Die Anmeldung ist noch nicht geöffnet.", { id: "form.outcome.notOpen" });
      case "closed":
        return msg("Die Anmeldung ist geschlossen.", { id: "form.outcome.closed" });
      case "cancelled":
        return msg("Diese Veranstaltung wurde abgesagt. Eine Anmeldung ist nicht mehr möglich.", { id: "form.outcome.cancelled" });
      case "duplicate":
        return msg("Mit dieser E-Mail-Adresse sind Sie für diese Veranstaltung schon angemeldet.", { id: "form.outcome.duplicate" });
      default:
        return msg("Ihre Anmeldung konnte nicht gesendet werden. Ihre Eingaben bleiben erhalten – bitte versuchen Sie es gleich noch einmal.", { id: "form.outcome.error" });
    }
  }

  private renderOutcomeMessage(): TemplateResult | typeof nothing {
    const outcome = this.outcome;
    if (this.submitting) return html`<p>${msg("Anmeldung wird gesendet …", { id: "form.sending" })}</p>`;
    if (this.cancelState === "cancelled") {
      return html`<p class="notice success" tabindex="-1" data-focus-target>${msg("Ihre Anmeldung ist storniert.", { id: "form.cancel.done" })}</p>`;
    }
    const errorCount = Object.keys(this.errors).length;
    if (errorCount > 0) {
      return html`<p class="notice danger">${msg(str`Bitte prüfen Sie Ihre Angaben. Fehler: ${formatNumber(errorCount, this.locale)}`, { id: "form.errorSummary" })}</p>`;
    }
    if (!outcome || !this.details) return nothing;
    switch (outcome.kind) {
      case "confirmed":
        return html`<p class="notice success" tabindex="-1" data-focus-target>
          <strong>${msg("Sie sind angemeldet.", { id: "form.outcome.confirmed" })}</strong>
          ${msg("Wir freuen uns auf Sie.", { id: "form.outcome.confirmedWelcome" })}
        </p>`;
      case "waitlisted":
        return html`<p class="notice warning" tabindex="-1" data-focus-target>
          <strong>${msg("Sie stehen auf der Warteliste.", { id: "form.outcome.waitlisted" })}</strong>
          ${outcome.receipt.waitlistPosition !== null
            ? msg(str`Ihr Platz auf der Warteliste: ${formatNumber(outcome.receipt.waitlistPosition, this.locale)}.`, { id: "form.outcome.waitlistPosition" })
            : nothing}
          ${msg("Wird ein Platz frei, rücken Sie automatisch nach.", { id: "form.outcome.waitlistMoveUp" })}
        </p>`;
      case "error":
        return html`<p class="notice danger" tabindex="-1" data-focus-target>${this.refusalText("error", this.details)}</p>`;
      default:
        return html`<p class="notice ${outcome.kind === "duplicate" ? "warning" : "danger"}" tabindex="-1" data-focus-target>${this.refusalText(outcome.kind, this.details)}</p>`;
    }
  }

  private renderReceipt(receipt: RegistrationReceipt): TemplateResult {
    if (this.cancelState === "cancelled") return html``;
    return html`<div class="outcome" part="outcome">
      <p>
        <a class="button secondary" href=${eventCalendarUrl(apiOptions(this.api), this.event)} download="kfd-termin.ics">${msg("Zum Kalender hinzufügen", { id: "form.addToCalendar" })}</a>
      </p>
      <p class="muted">
        ${msg("Sie können nicht kommen? Dann geben Sie Ihren Platz bitte frei. Solange diese Seite geöffnet ist, geht das hier; sobald der E-Mail-Versand eingerichtet ist, bekommen Sie den Link zum Stornieren auch per E-Mail.", { id: "form.cancel.explain" })}
      </p>
      ${this.cancelState === "confirming" || this.cancelState === "cancelling"
        ? html`<div class="confirm" role="group" aria-labelledby="cancel-question">
            <p id="cancel-question">${msg("Möchten Sie Ihre Anmeldung wirklich stornieren? Ihr Platz geht dann an jemand anderen.", { id: "form.cancel.question" })}</p>
            <p class="actions">
              <button class="button" type="button" aria-disabled=${this.cancelState === "cancelling" ? "true" : "false"} @click=${() => void this.cancel(receipt)}>
                ${msg("Ja, stornieren", { id: "form.cancel.yes" })}
              </button>
              <button class="button secondary" type="button" data-keep @click=${() => this.askToCancel(false)}>${msg("Nein, angemeldet bleiben", { id: "form.cancel.no" })}</button>
            </p>
          </div>`
        : html`<p>
            <button class="button secondary" type="button" data-ask-cancel @click=${() => this.askToCancel(true)}>${msg("Anmeldung stornieren", { id: "form.cancel.button" })}</button>
          </p>`}
      ${this.cancelState === "failed"
        ? html`<p class="notice danger" role="alert">${msg("Die Stornierung hat nicht geklappt. Bitte versuchen Sie es noch einmal.", { id: "form.cancel.failed" })}</p>`
        : nothing}
    </div>`;
  }

  private renderForm(details: PublicEvent): TemplateResult {
    const locale = this.locale;
    const errors = this.errors;
    const interpretingChoices = details.interpretingLanguages.length > 0 ? details.interpretingLanguages : COMMON_INTERPRETING_LANGUAGES;
    const full = details.seatsLeft <= 0;
    return html`<form part="form" novalidate @submit=${this.onSubmit} @focusin=${this.loadValidator} aria-labelledby="form-title">
      <div class="heading" role="heading" aria-level=${this.level(1)} id="form-title">
        ${full ? msg("Auf die Warteliste setzen lassen", { id: "form.titleWaitlist" }) : msg("Anmelden", { id: "form.title" })}
      </div>
      <p class="muted">${msg("Pflichtfelder sind mit * markiert.", { id: "form.requiredHint" })}</p>

      ${this.textField("name", msg("Name", { id: "form.name" }), { autocomplete: "name", required: true })}
      ${this.textField("email", msg("E-Mail-Adresse", { id: "form.email" }), { autocomplete: "email", required: true, type: "email" })}

      <div class="field" part="field">
        <label for="actorGroup">${msg("Ich komme als …", { id: "form.actorGroup" })}</label>
        <select id="actorGroup" name="actorGroup" autocomplete="off" aria-describedby="actorGroup-hint">
          <option value="">${msg("keine Angabe", { id: "form.noAnswer" })}</option>
          ${ACTOR_GROUPS.map((group) => html`<option value=${group}>${this.actorGroupLabel(group)}</option>`)}
        </select>
        <p class="hint" id="actorGroup-hint">${msg("Freiwillig. Hilft, Plätze für alle Gruppen fair zu verteilen.", { id: "form.actorGroupHint" })}</p>
      </div>

      <div class="field" part="field">
        <label for="language">${msg("Bevorzugte Sprache", { id: "form.language" })}</label>
        <select id="language" name="language" autocomplete="language">
          ${LOCALES.map((code) => html`<option value=${code} lang=${code} ?selected=${code === locale}>${languageName(code, code)}</option>`)}
        </select>
      </div>

      <fieldset class="field" part="field">
        <legend>${msg("Dolmetschen", { id: "form.interpretingLegend" })}</legend>
        <div class="check">
          <input id="wantsInterpreting" type="checkbox" .checked=${this.wantsInterpreting} @change=${(e: Event) => (this.wantsInterpreting = (e.target as HTMLInputElement).checked)} />
          <label for="wantsInterpreting">${msg("Ich brauche eine Dolmetscherin oder einen Dolmetscher.", { id: "form.interpretingNeeded" })}</label>
        </div>
        ${this.wantsInterpreting
          ? html`<label for="interpreting">${msg("In welche Sprache?", { id: "form.interpretingLanguage" })}</label>
              <select id="interpreting" name="interpreting" autocomplete="off" aria-invalid=${errors.interpreting ? "true" : "false"} aria-describedby=${errors.interpreting ? "interpreting-error" : nothing}>
                ${interpretingChoices.map((code) => html`<option value=${code}>${languageName(code, locale)}</option>`)}
              </select>
              ${this.fieldError("interpreting")}`
          : nothing}
      </fieldset>

      ${details.childcare
        ? html`<fieldset class="field" part="field">
            <legend>${msg("Kinderbetreuung", { id: "form.childcareLegend" })}</legend>
            <div class="check">
              <input id="wantsChildcare" type="checkbox" .checked=${this.wantsChildcare} @change=${(e: Event) => (this.wantsChildcare = (e.target as HTMLInputElement).checked)} />
              <label for="wantsChildcare">${msg("Ich bringe Kinder mit und brauche Kinderbetreuung.", { id: "form.childcareNeeded" })}</label>
            </div>
            ${this.wantsChildcare
              ? html`${this.textField("childcare.children", msg("Wie viele Kinder?", { id: "form.childrenCount" }), { type: "number", required: true, min: 1, max: 20, value: "1", inputmode: "numeric" })}
                ${this.textField("childcare.ages", msg("Alter der Kinder (freiwillig)", { id: "form.childrenAges" }), {})}`
              : nothing}
          </fieldset>`
        : nothing}

      <div class="field" part="field">
        <label for="accessibilityNeeds">${msg("Was brauchen Sie, um gut teilnehmen zu können? (freiwillig)", { id: "form.accessibilityNeeds" })}</label>
        <textarea id="accessibilityNeeds" name="accessibilityNeeds" rows="3" autocomplete="off" aria-invalid=${errors.accessibilityNeeds ? "true" : "false"} aria-describedby=${errors.accessibilityNeeds ? "accessibilityNeeds-error accessibilityNeeds-hint" : "accessibilityNeeds-hint"}></textarea>
        <p class="hint" id="accessibilityNeeds-hint">${msg("Zum Beispiel Rollstuhlplatz, Gebärdensprache, große Schrift.", { id: "form.accessibilityHint" })}</p>
        ${this.fieldError("accessibilityNeeds")}
      </div>

      <div class="field check" part="field">
        <input id="consent" name="consent" type="checkbox" required aria-required="true" aria-invalid=${errors.consent ? "true" : "false"} aria-describedby=${errors.consent ? "consent-error" : nothing} />
        <label for="consent">
          ${msg("Ich bin einverstanden, dass meine Angaben zur Organisation dieser Veranstaltung verarbeitet werden.", { id: "form.consent" })} *
        </label>
      </div>
      ${this.fieldError("consent")}
      ${this.privacyUrl
        ? html`<p class="privacy"><a href=${this.privacyUrl} target="_blank" rel="noopener">${msg("Datenschutzhinweise (öffnet in neuem Fenster)", { id: "form.privacyLink" })}</a></p>`
        : nothing}

      <div class="hp" aria-hidden="true" inert>
        <label for="website">Website</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>

      <button class="button" part="submit" type="submit" aria-disabled=${this.submitting ? "true" : "false"}>
        ${full ? msg("Auf die Warteliste setzen", { id: "form.submitWaitlist" }) : msg("Verbindlich anmelden", { id: "form.submit" })}
      </button>
    </form>`;
  }

  private textField(
    field: Field,
    label: string,
    options: { autocomplete?: string; required?: boolean; type?: string; min?: number; max?: number; value?: string; inputmode?: string },
  ): TemplateResult {
    const error = this.errors[field];
    const id = field.replace(".", "-");
    return html`<div class="field" part="field">
      <label for=${id}>${label}${options.required ? " *" : ""}</label>
      <input
        id=${id}
        name=${field}
        type=${options.type ?? "text"}
        autocomplete=${options.autocomplete ?? "off"}
        inputmode=${options.inputmode ?? nothing}
        min=${options.min ?? nothing}
        max=${options.max ?? nothing}
        .defaultValue=${options.value ?? ""}
        ?required=${options.required === true}
        aria-invalid=${error ? "true" : "false"}
        aria-describedby=${error ? `${id}-error` : nothing}
      />
      ${this.fieldError(field)}
    </div>`;
  }

  private fieldError(field: Field): TemplateResult | typeof nothing {
    return this.errors[field] ? html`<p class="error" part="field-error" id=${`${field.replace(".", "-")}-error`}>${this.fieldMessage(field)}</p>` : nothing;
  }

  private actorGroupLabel(group: ActorGroup): string {
    switch (group) {
      case "gefluechtete":
        return msg("Geflüchtete Person", { id: "form.actor.gefluechtete" });
      case "buergerschaft":
        return msg("Bürgerin oder Bürger", { id: "form.actor.buergerschaft" });
      case "ehrenamt":
        return msg("Ehrenamtliche oder Ehrenamtlicher", { id: "form.actor.ehrenamt" });
      case "verwaltung":
        return msg("Verwaltung", { id: "form.actor.verwaltung" });
      case "politik":
        return msg("Politik (z. B. Gemeinderat)", { id: "form.actor.politik" });
      case "verbaende":
        return msg("Verband oder Initiative", { id: "form.actor.verbaende" });
      case "kirchen":
        return msg("Kirche oder Religionsgemeinschaft", { id: "form.actor.kirchen" });
      case "wirtschaft":
        return msg("Wirtschaft (z. B. Betrieb, Kammer)", { id: "form.actor.wirtschaft" });
      case "bildung":
        return msg("Bildung (z. B. Schule, Kita)", { id: "form.actor.bildung" });
      case "andere":
        return msg("Andere", { id: "form.actor.andere" });
    }
  }

  /** The message shown next to a field, in the reader's language, for a problem found here or by the server. */
  private fieldMessage(field: Field): string {
    switch (field) {
      case "name":
        return msg("Bitte geben Sie Ihren Namen an (höchstens 120 Zeichen).", { id: "form.error.name" });
      case "email":
        return msg("Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@beispiel.de.", { id: "form.error.email" });
      case "consent":
        return msg("Bitte stimmen Sie zu – sonst dürfen wir Ihre Anmeldung nicht bearbeiten.", { id: "form.error.consent" });
      case "childcare.children":
        return msg("Bitte geben Sie die Zahl der Kinder an (1 bis 20).", { id: "form.error.children" });
      case "interpreting":
        return msg("Bitte wählen Sie eine Sprache aus.", { id: "form.error.interpreting" });
      default:
        return msg("Dieser Text ist zu lang. Bitte kürzen Sie ihn.", { id: "form.error.tooLong" });
    }
  }

  private readInput(form: HTMLFormElement): RegistrationInput {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    const input: RegistrationInput = {
      name: text("name"),
      email: text("email"),
      // Unticked consent is sent on to the schema check, which names the field.
      consent: (data.get("consent") === "on") as true,
      language: text("language") as RegistrationInput["language"],
    };
    if (text("actorGroup")) input.actorGroup = text("actorGroup") as ActorGroup;
    if (this.wantsInterpreting) input.interpreting = text("interpreting");
    if (this.wantsChildcare) {
      const ages = text("childcare.ages");
      input.childcare = { children: Number(text("childcare.children")), ...(ages ? { ages } : {}) };
    }
    if (text("accessibilityNeeds")) input.accessibilityNeeds = text("accessibilityNeeds");
    if (text("website")) input.website = text("website");
    return input;
  }

  private toFieldErrors(paths: readonly string[]): FieldErrors {
    const errors: FieldErrors = {};
    for (const path of paths) {
      const field = FIELDS.find((f) => path === f || path.startsWith(`${f}.`)) ?? (path.startsWith("childcare") ? "childcare.children" : undefined);
      if (field) errors[field] = true;
    }
    return errors;
  }

  private async onSubmit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    // A second click or Enter while the first request is on its way must not register twice.
    if (this.submitting) return;
    const options = apiOptions(this.api);
    this.submitting = true;
    const input = this.readInput(e.target as HTMLFormElement);
    const invalid = (await this.loadValidator())?.invalidFields(input) ?? [];
    if (invalid.length > 0) {
      this.errors = this.toFieldErrors(invalid);
      this.outcome = undefined;
      this.submitting = false;
      await this.focusFirstError();
      return;
    }
    this.errors = {};
    this.outcome = undefined;
    try {
      const receipt = await register(options, this.event, input);
      this.outcome = { kind: receipt.status, receipt };
      this.emit("kfd-registered", { status: receipt.status, waitlistPosition: receipt.waitlistPosition });
      void this.refreshDetails();
    } catch (error) {
      const problem = asProblem(error);
      const errors = problem.code === "validation_failed" ? this.toFieldErrors(problem.fieldErrors.map((f) => f.path)) : {};
      if (Object.keys(errors).length > 0) {
        this.errors = errors;
        this.submitting = false;
        await this.focusFirstError();
        return;
      }
      const refusal = REFUSALS[problem.code];
      this.outcome = refusal && refusal !== "confirmed" && refusal !== "waitlisted" && refusal !== "error" ? ({ kind: refusal } as RegistrationOutcome) : { kind: "error", code: problem.code };
      this.emit("kfd-error", { code: problem.code, status: problem.status });
      // Seats or the event's state changed since we loaded it: show the current figures.
      if (refusal && refusal !== "duplicate") void this.refreshDetails();
    } finally {
      this.submitting = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>("[data-focus-target]")?.focus();
  }

  /**
   * The schema check is fetched when someone first enters the form, so it is there by the time
   * they submit. Should it fail to load, the server's check (same schema) still answers.
   */
  private loadValidator(): Promise<typeof import("./validate.js") | undefined> {
    this.validator ??= import("./validate.js").catch(() => {
      this.validator = undefined;
      return undefined;
    });
    return this.validator;
  }

  private async refreshDetails(): Promise<void> {
    const options = apiOptions(this.api);
    try {
      this.details = await getEvent(options, this.event);
    } catch {
      // Keep the figures we have; the outcome message already says what happened.
    }
  }

  /** Cancelling gives the seat away for good, so it takes a second, explicit step; focus rests on the safe choice. */
  private async askToCancel(ask: boolean): Promise<void> {
    this.cancelState = ask ? "confirming" : "idle";
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(ask ? "[data-keep]" : "[data-ask-cancel]")?.focus();
  }

  private async cancel(receipt: RegistrationReceipt): Promise<void> {
    const options = apiOptions(this.api);
    if (this.cancelState === "cancelling") return;
    this.cancelState = "cancelling";
    try {
      await cancelRegistration(options, receipt.cancelToken);
      this.cancelState = "cancelled";
      this.emit("kfd-registration-cancelled", { status: "cancelled" });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>("[data-focus-target]")?.focus();
      void this.refreshDetails();
    } catch (error) {
      this.cancelState = "failed";
      const problem = asProblem(error);
      this.emit("kfd-error", { code: problem.code, status: problem.status });
    }
  }

  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    const first = FIELDS.find((f) => this.errors[f]);
    if (first) this.renderRoot.querySelector<HTMLElement>(`#${first.replace(".", "-")}`)?.focus();
  }
}

function asProblem(error: unknown): KfdError {
  return error instanceof KfdError ? error : new KfdError({ status: 0, code: "network_error", title: String(error) });
}

declare global {
  interface HTMLElementTagNameMap {
    "kfd-registration-form": KfdRegistrationForm;
  }
}
