import { MUNICIPALITY_SEARCH_MAX, type MunicipalitySummary } from "@kfd/domain";
import { html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { api, currentSession } from "../api.js";
import { selectField } from "../fields.js";
import { t, tn } from "../i18n/i18n.js";
import { announce } from "../live.js";
import { fromError, type FormProblems } from "../problem.js";
import { Screen } from "../screen.js";
import { municipalityLabel } from "./municipality-label.js";

const FIELD = "municipalityAgs";
const SEARCH_ID = `f-${FIELD}`;
const RESULTS_SHOWN = 10;
/** Long enough not to ask the server at every keystroke of a quick typist, short enough to feel immediate. */
const TYPING_PAUSE_MS = 250;

/**
 * Where a dialogue takes place, chosen by name: an editor of one municipality sees it, an editor
 * of several picks one from a list, a state admin searches the whole register. The choice goes
 * into the surrounding form as `municipalityAgs`.
 */
export class KfdMunicipalityPicker extends Screen {
  /** The dialogue's municipality when editing one. */
  @property({ attribute: false }) current: MunicipalitySummary | null = null;
  @property({ attribute: false }) problems: FormProblems | null = null;
  @state() private chosen: MunicipalitySummary | null = null;
  /** An editor's own municipalities, by name. */
  @state() private own: MunicipalitySummary[] | null = null;
  /** A state admin's search results; null while nothing was searched. */
  @state() private results: MunicipalitySummary[] | null = null;
  @state() private loadError = "";
  private query = "";
  private typing: ReturnType<typeof setTimeout> | undefined;
  /** Only the answer to the latest query counts; an earlier one may arrive after it. */
  private latestSearch = 0;

  private get searchesRegister(): boolean {
    return currentSession()?.role === "state-admin";
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.searchesRegister) void this.loadOwn();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typing);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("current")) this.chosen = this.current;
  }

  private async loadOwn(): Promise<void> {
    const count = currentSession()?.municipalityAgs.length ?? 0;
    if (count === 0) return void (this.own = []);
    try {
      this.own = await api().searchMunicipalities({ limit: Math.min(count, MUNICIPALITY_SEARCH_MAX) });
    } catch (error) {
      this.loadError = fromError(error).summary;
    }
  }

  private onInput(e: InputEvent): void {
    this.query = (e.target as HTMLInputElement).value.trim();
    clearTimeout(this.typing);
    this.typing = setTimeout(() => void this.search(), TYPING_PAUSE_MS);
  }

  /** Enter searches at once instead of sending the half-filled form. */
  private onKeydown(e: KeyboardEvent): void {
    if (e.key !== "Enter") return;
    e.preventDefault();
    clearTimeout(this.typing);
    void this.search();
  }

  private async search(): Promise<void> {
    const query = this.query;
    const ticket = ++this.latestSearch;
    if (query === "") {
      this.results = null;
      return;
    }
    try {
      const found = await api().searchMunicipalities({ q: query, limit: RESULTS_SHOWN });
      if (ticket !== this.latestSearch) return;
      this.loadError = "";
      this.results = found;
      announce(found.length > 0 ? tn("municipality.found", found.length) : t("municipality.noneFound"));
    } catch (error) {
      if (ticket === this.latestSearch) this.loadError = fromError(error).summary;
    }
  }

  private renderSearch() {
    const error = this.problems?.fields[FIELD];
    const describedBy = [`${SEARCH_ID}-hint`, `${SEARCH_ID}-chosen`, error ? `${SEARCH_ID}-error` : ""].filter(Boolean).join(" ");
    return html`<div class="field">
        <label for=${SEARCH_ID}>${t("municipality.search")} <span aria-hidden="true">*</span></label>
        <input id=${SEARCH_ID} type="text" autocomplete="off" spellcheck="false" .value=${this.query}
          aria-required="true" aria-invalid=${error ? "true" : "false"} aria-describedby=${describedBy}
          @input=${this.onInput} @keydown=${this.onKeydown} />
        <p class="hint" id="${SEARCH_ID}-hint">${t("municipality.search.hint")}</p>
        <p id="${SEARCH_ID}-chosen">
          ${this.chosen ? t("municipality.chosen", { municipality: municipalityLabel(this.chosen) }) : t("municipality.noneChosen")}
        </p>
        ${error ? html`<p class="field-error" id="${SEARCH_ID}-error">${error}</p>` : nothing}
        ${this.loadError ? html`<p class="field-error">${this.loadError}</p>` : nothing}
      </div>
      <input type="hidden" name=${FIELD} .value=${this.chosen?.ags ?? ""} />
      ${this.results === null
        ? nothing
        : this.results.length === 0
          ? html`<p class="muted">${t("municipality.noneFound")}</p>`
          : html`<fieldset class="checkbox-group">
              <legend>${t("municipality.results")}</legend>
              ${this.results.map(
                (m) => html`<label class="check"><input type="radio" name="municipality-choice" value=${m.ags} .checked=${this.chosen?.ags === m.ags}
                    @change=${() => (this.chosen = m)} /> ${municipalityLabel(m)} <span class="muted">${m.ags}</span></label>`,
              )}
            </fieldset>`}`;
  }

  private renderOwn() {
    if (this.loadError) return html`<p class="field-error">${this.loadError}</p>${this.fallbackValue()}`;
    if (this.own === null) return html`<p>${t("common.loading")}</p>${this.fallbackValue()}`;
    if (this.own.length === 0) return html`<p class="field-error">${t("municipality.noneAssigned")}</p>`;
    if (this.own.length === 1) {
      const only = this.own[0]!;
      return html`<p class="field">${t("municipality.fixed", { municipality: municipalityLabel(only) })}</p>
        <input type="hidden" name=${FIELD} .value=${only.ags} />`;
    }
    return selectField({
      name: FIELD,
      label: t("municipality.label"),
      value: this.chosen?.ags,
      options: this.own.map((m) => ({ value: m.ags, label: municipalityLabel(m) })),
      problems: this.problems,
    });
  }

  /** Until the names are there, the form still carries the municipality it would have anyway. */
  private fallbackValue() {
    const ags = this.chosen?.ags ?? currentSession()?.municipalityAgs[0];
    return html`<input type="hidden" name=${FIELD} .value=${ags ?? ""} />`;
  }

  override render() {
    return this.searchesRegister ? this.renderSearch() : this.renderOwn();
  }
}
