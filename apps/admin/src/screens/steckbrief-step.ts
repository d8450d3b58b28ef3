import "@kfd/widgets/steckbrief-card";
import { updateDialogueSchema, type EmbedSnippets, type PublicDialogue, type Steckbrief } from "@kfd/domain";
import * as z from "zod/mini";
import { html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";
import { api } from "../api.js";
import { namedProblems, problemAlert, type NamedProblem } from "../field-problems.js";
import { focusProblem, formValues, textArea, textField } from "../fields.js";
import { currentLocale, t } from "../i18n/i18n.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { Screen } from "../screen.js";
import { typedNumber } from "../typed-number.js";

/** One funding row as first shown; what is typed afterwards lives in its inputs until saved. */
interface FundingRow {
  /** Keeps each row's inputs with it when a row above is removed. */
  key: number;
  source: string;
  amountEuro: number | undefined;
}

/**
 * The Steckbrief: its public fields (costs, funding, contact among them), a preview exactly as
 * the embedded card shows it, publish/unpublish, and the embed snippets.
 */
export class KfdSteckbriefStep extends Screen {
  @property({ attribute: false }) dialogue!: PublicDialogue;
  @state() private preview: Steckbrief | null = null;
  @state() private snippets: EmbedSnippets | null = null;
  @state() private error = "";
  @state() private problems: FormProblems | null = null;
  @state() private named: NamedProblem[] = [];
  @state() private funding: FundingRow[] = [];
  private rowKeys = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A reload after publishing leaves rows being typed alone; a saved change of the funding replaces them.
    const before = changed.get("dialogue") as PublicDialogue | undefined;
    if (changed.has("dialogue") && JSON.stringify(before?.funding) !== JSON.stringify(this.dialogue.funding)) {
      this.funding = this.dialogue.funding.map((f) => this.row(f.source, f.amountEuro));
    }
  }

  private row(source: string, amountEuro: number | undefined): FundingRow {
    return { key: this.rowKeys++, source, amountEuro };
  }

  private async load(): Promise<void> {
    try {
      const [preview, snippets] = await Promise.all([api().getSteckbriefPreview(this.dialogue.id), api().getEmbedSnippets(this.dialogue.id)]);
      this.preview = preview;
      this.snippets = snippets;
    } catch (error) {
      this.error = fromError(error).summary;
    }
  }

  private async setPublished(published: boolean): Promise<void> {
    try {
      if (published) await api().publishDialogue(this.dialogue.id);
      else await api().unpublishDialogue(this.dialogue.id);
      this.error = "";
      announce(published ? t("steckbrief.nowPublic") : t("steckbrief.nowHidden"));
      this.dispatchEvent(new CustomEvent("kfd-dialogue-saved", { bubbles: true }));
      await this.load();
    } catch (error) {
      this.error = fromError(error).summary;
    }
  }

  private async addFunding(): Promise<void> {
    this.funding = [...this.funding, this.row("", undefined)];
    await this.updateComplete;
    this.querySelector<HTMLInputElement>(`#f-funding-${this.funding.length - 1}-source`)?.focus();
  }

  private removeFunding(index: number): void {
    this.funding = this.funding.filter((_, i) => i !== index);
    // The problems named rows by number; those numbers have just moved.
    this.problems = null;
    this.named = [];
    announce(t("steckbrief.funding.removed", { number: index + 1 }));
    this.querySelector<HTMLButtonElement>("#funding-add")?.focus();
  }

  /** The form as an update: emptied optional fields are sent as null, so that they are removed rather than kept. */
  private read(form: HTMLFormElement) {
    const v = formValues(form);
    const totalEuro = typedNumber(v.text("costs-totalEuro"));
    const note = v.text("costs-note");
    const contact = { role: v.text("contact-role"), organisation: v.text("contact-organisation"), email: v.text("contact-email"), phone: v.text("contact-phone") };
    return {
      eventConcept: v.text("eventConcept"),
      facilitator: v.text("facilitator"),
      heldOn: v.text("heldOn") || null,
      participantCount: typedNumber(v.text("participantCount")) ?? null,
      resultsSummary: v.text("resultsSummary"),
      recommendations: v.text("recommendations"),
      costs: { ...(totalEuro !== undefined ? { totalEuro } : {}), ...(note ? { note } : {}) },
      funding: this.funding.map((_, i) => {
        const amountEuro = typedNumber(v.text(`funding-${i}-amountEuro`));
        return { source: v.text(`funding-${i}-source`), ...(amountEuro !== undefined ? { amountEuro } : {}) };
      }),
      contact: Object.values(contact).some(Boolean)
        ? { role: contact.role, email: contact.email, ...(contact.organisation ? { organisation: contact.organisation } : {}), ...(contact.phone ? { phone: contact.phone } : {}) }
        : null,
    };
  }

  private showProblems(problems: FormProblems, form: HTMLFormElement): void {
    this.problems = problems;
    this.named = namedProblems(problems, form);
    focusProblem(this);
  }

  private async saveFields(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const parsed = z.safeParse(updateDialogueSchema, this.read(form));
    if (!parsed.success) return this.showProblems(fromIssues(parsed.error.issues), form);
    try {
      await api().updateDialogue(this.dialogue.id, parsed.data);
      this.problems = null;
      this.named = [];
      announce(t("steckbrief.saved"));
      this.dispatchEvent(new CustomEvent("kfd-dialogue-saved", { bubbles: true }));
      await this.load();
    } catch (error) {
      this.showProblems(fromError(error), form);
    }
  }

  private async copy(id: string): Promise<void> {
    const area = this.querySelector<HTMLTextAreaElement>(`#${id}`)!;
    area.select();
    try {
      await navigator.clipboard.writeText(area.value);
      announce(t("common.copied"));
    } catch {
      announce(t("common.copyManually"));
    }
  }

  private snippet(id: string, label: string, value: string) {
    return html`<div class="field snippet">
      <label for=${id}>${label}</label>
      <textarea id=${id} readonly rows="3" .value=${value}></textarea>
      <button type="button" class="secondary" @click=${() => this.copy(id)}>${t("common.copy")}<span class="visually-hidden">: ${label}</span></button>
    </div>`;
  }

  private renderCosts() {
    const costs = this.dialogue.costs;
    return html`<fieldset class="checkbox-group">
      <legend>${t("steckbrief.costs")}</legend>
      ${textField({ name: "costs-totalEuro", path: "costs.totalEuro", label: t("steckbrief.costs.total"), type: "number", min: "0", value: costs.totalEuro, problems: this.problems })}
      ${textArea({ name: "costs-note", path: "costs.note", label: t("steckbrief.costs.note"), value: costs.note, hint: t("steckbrief.costs.note.hint"), problems: this.problems })}
    </fieldset>`;
  }

  private renderFunding() {
    const listError = this.problems?.fields.funding;
    return html`<fieldset class="checkbox-group" id="f-funding" aria-describedby="funding-hint">
      <legend>${t("steckbrief.funding")}</legend>
      <p class="hint" id="funding-hint">${t("steckbrief.funding.hint")}</p>
      ${this.funding.length === 0 ? html`<p class="muted">${t("steckbrief.funding.none")}</p>` : nothing}
      ${repeat(
        this.funding,
        (row) => row.key,
        (row, i) => html`<fieldset class="checkbox-group">
          <legend>${t("steckbrief.funding.row", { number: i + 1 })}</legend>
          <div class="inline-form">
            ${textField({ name: `funding-${i}-source`, path: `funding.${i}.source`, label: t("steckbrief.funding.source"), value: row.source, required: true, problems: this.problems })}
            ${textField({ name: `funding-${i}-amountEuro`, path: `funding.${i}.amountEuro`, label: t("steckbrief.funding.amount"), type: "number", min: "0", value: row.amountEuro, problems: this.problems })}
          </div>
          <button type="button" class="secondary" @click=${() => this.removeFunding(i)}>${t("steckbrief.funding.remove", { number: i + 1 })}</button>
        </fieldset>`,
      )}
      ${listError ? html`<p class="field-error">${listError}</p>` : nothing}
      <button type="button" class="secondary" id="funding-add" @click=${this.addFunding}>${t("steckbrief.funding.add")}</button>
    </fieldset>`;
  }

  private renderContact() {
    const contact = this.dialogue.contact;
    const problems = this.problems;
    return html`<fieldset class="checkbox-group" aria-describedby="contact-hint">
      <legend>${t("steckbrief.contact")}</legend>
      <p class="hint" id="contact-hint">${t("steckbrief.contact.hint")}</p>
      ${textField({ name: "contact-role", path: "contact.role", label: t("steckbrief.contact.role"), value: contact?.role, problems })}
      ${textField({ name: "contact-organisation", path: "contact.organisation", label: t("steckbrief.contact.organisation"), value: contact?.organisation, problems })}
      ${textField({ name: "contact-email", path: "contact.email", label: t("steckbrief.contact.email"), type: "email", value: contact?.email, problems })}
      ${textField({ name: "contact-phone", path: "contact.phone", label: t("steckbrief.contact.phone"), value: contact?.phone, problems })}
    </fieldset>`;
  }

  override render() {
    const d = this.dialogue;
    const s = this.snippets;
    const problems = this.problems;
    return html`<section aria-labelledby="publish-heading">
        <h2 id="publish-heading">${t("steckbrief.publishHeading")}</h2>
        ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
        <p>${d.published ? t("steckbrief.isPublic") : t("steckbrief.isNotPublic")}</p>
        ${d.published
          ? html`<button type="button" class="secondary" @click=${() => this.setPublished(false)}>${t("steckbrief.unpublish")}</button>`
          : html`<button type="button" @click=${() => this.setPublished(true)}>${t("steckbrief.publish")}</button>`}
      </section>
      <section aria-labelledby="fields-heading">
        <h2 id="fields-heading">${t("steckbrief.fieldsHeading")}</h2>
        ${problemAlert(problems, this.named)}
        <form @submit=${this.saveFields} novalidate>
          ${textArea({ name: "eventConcept", label: t("steckbrief.eventConcept"), value: d.eventConcept, problems })}
          ${textField({ name: "facilitator", label: t("steckbrief.facilitator"), value: d.facilitator, problems })}
          ${textField({ name: "heldOn", label: t("steckbrief.heldOn"), type: "date", value: d.heldOn, problems })}
          ${textField({ name: "participantCount", label: t("steckbrief.participantCount"), type: "number", min: "0", value: d.participantCount, hint: t("steckbrief.participantCount.hint"), problems })}
          ${textArea({ name: "resultsSummary", label: t("steckbrief.resultsSummary"), value: d.resultsSummary, problems })}
          ${textArea({ name: "recommendations", label: t("steckbrief.recommendations"), value: d.recommendations, problems })}
          ${this.renderCosts()} ${this.renderFunding()} ${this.renderContact()}
          <button type="submit">${t("steckbrief.save")}</button>
        </form>
      </section>
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">${t("steckbrief.previewHeading")}</h2>
        <p class="muted">${t("steckbrief.previewHint")}</p>
        <div class="preview">
          ${this.preview ? html`<kfd-steckbrief-card .data=${this.preview} heading-level="3" lang=${currentLocale()}></kfd-steckbrief-card>` : html`<p>${t("common.loading")}</p>`}
        </div>
      </section>
      ${s
        ? html`<section aria-labelledby="snippets-heading">
            <h2 id="snippets-heading">${t("steckbrief.snippetsHeading")}</h2>
            <p>${t("steckbrief.snippetsHint")}</p>
            ${this.snippet("snippet-script", t("steckbrief.snippet.script"), s.script)}
            ${this.snippet("snippet-card", t("steckbrief.snippet.card"), s.card)}
            ${this.snippet("snippet-iframe", t("steckbrief.snippet.iframe"), s.cardIframe)}
            ${this.snippet("snippet-map", t("steckbrief.snippet.map"), s.map)}
            ${s.events.map((e, i) => this.snippet(`snippet-form-${i}`, t("steckbrief.snippet.form", { title: e.title }), e.form))}
            <p>${t("steckbrief.publicPage")} <a href=${s.steckbriefUrl}>${s.steckbriefUrl}</a></p>
          </section>`
        : nothing}`;
  }
}
