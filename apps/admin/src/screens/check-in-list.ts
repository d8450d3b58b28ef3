import type { CheckInEntry } from "@kfd/domain";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { ifDefined } from "lit/directives/if-defined.js";
import { api } from "../api.js";
import { languageName } from "../format.js";
import { currentLocale, formatNumber, t, tn } from "../i18n/i18n.js";
import { announce } from "../live.js";
import { fromError } from "../problem.js";
import { Screen } from "../screen.js";

/** Case and accents do not count at the door: "ozdemir" finds "Özdemir", "aysE" finds "Ayşe". */
const searchable = (text: string): string => text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase(currentLocale());

/** How long typing pauses before the number of matches is read out, so a screen reader is not talked over at each key. */
const ANNOUNCE_AFTER_MS = 500;

/**
 * The list at the door: tick who came. A name filter finds a person in a long list, the number
 * present stays in sight above the list while it scrolls.
 */
export class KfdCheckInList extends Screen {
  @property({ attribute: false }) entries: CheckInEntry[] = [];
  @state() private query = "";
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  private get shown(): CheckInEntry[] {
    const wanted = searchable(this.query.trim());
    return wanted ? this.entries.filter((e) => searchable(e.name).includes(wanted)) : this.entries;
  }

  private filter(query: string): void {
    this.query = query;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => announce(this.foundText()), ANNOUNCE_AFTER_MS);
  }

  private foundText(): string {
    return t("event.checkIn.found", { count: formatNumber(this.shown.length), total: formatNumber(this.entries.length) });
  }

  private attendedText(): string {
    return tn("event.checkIn.attended", this.entries.filter((c) => c.attended).length);
  }

  private async attend(entry: CheckInEntry, attended: boolean): Promise<void> {
    const mark = (value: boolean) => {
      this.entries = this.entries.map((c) => (c.registrationId === entry.registrationId ? { ...c, attended: value } : c));
    };
    mark(attended);
    try {
      await api().setAttendance(entry.registrationId, attended);
      announce(`${t(attended ? "event.checkIn.present" : "event.checkIn.absent", { name: entry.name })} ${this.attendedText()}.`);
    } catch (error) {
      // The box must show what the server kept, not what was clicked.
      mark(!attended);
      announce(fromError(error).summary);
    }
  }

  private renderEntry(c: CheckInEntry) {
    const details = [
      c.status === "waitlisted" && c.waitlistPosition ? t("event.checkIn.waitlisted", { position: formatNumber(c.waitlistPosition) }) : "",
      c.interpreting ? t("event.checkIn.interpreting", { language: languageName(c.interpreting) }) : "",
      c.children ? tn("event.checkIn.children", c.children) : "",
    ].filter(Boolean);
    return html`<li>
      <label class="check">
        <input type="checkbox" .checked=${c.attended} @change=${(e: Event) => this.attend(c, (e.target as HTMLInputElement).checked)} />
        <span>${c.name}${details.length > 0 ? html`<span class="muted"> · ${details.join(" · ")}</span>` : nothing}</span>
      </label>
    </li>`;
  }

  override render() {
    const shown = this.shown;
    const filtering = this.query.trim() !== "";
    return html`<section aria-labelledby="checkin-heading">
      <div class="checkin-bar">
        <h2 id="checkin-heading">${t("event.checkIn.heading")} <span class="count">(${this.attendedText()})</span></h2>
        ${this.entries.length > 0
          ? html`<div class="field">
                <label for="checkin-filter">${t("event.checkIn.filter")}</label>
                <input id="checkin-filter" type="search" autocomplete="off" aria-describedby=${ifDefined(filtering ? "checkin-found" : undefined)} .value=${this.query}
                  @input=${(e: Event) => this.filter((e.target as HTMLInputElement).value)} />
              </div>
              ${filtering ? html`<p id="checkin-found" class="hint">${this.foundText()}</p>` : nothing}`
          : nothing}
      </div>
      ${this.entries.length === 0
        ? html`<p class="muted">${t("event.checkIn.empty")}</p>`
        : shown.length === 0
          ? html`<p>${t("event.checkIn.noMatch", { query: this.query.trim() })}</p>`
          : html`<ul class="plain checkin">${shown.map((c) => this.renderEntry(c))}</ul>`}
    </section>`;
  }
}
