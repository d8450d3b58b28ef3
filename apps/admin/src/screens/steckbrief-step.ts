import "@kfd/widgets/steckbrief-card";
import { updateDialogueSchema, type EmbedSnippets, type PublicDialogue, type Steckbrief } from "@kfd/domain";
import * as z from "zod/mini";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { api } from "../api.js";
import { focusProblem, formValues, problemSummary, textArea, textField } from "../fields.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { Screen } from "../screen.js";

/** The Steckbrief: a preview exactly as the embedded card shows it, publish/unpublish, and the embed snippets. */
export class KfdSteckbriefStep extends Screen {
  @property({ attribute: false }) dialogue!: PublicDialogue;
  @state() private preview: Steckbrief | null = null;
  @state() private snippets: EmbedSnippets | null = null;
  @state() private error = "";
  @state() private problems: FormProblems | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
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
      announce(published ? "Der Steckbrief ist veröffentlicht." : "Der Steckbrief ist nicht mehr öffentlich.");
      this.dispatchEvent(new CustomEvent("kfd-dialogue-saved", { bubbles: true }));
      await this.load();
    } catch (error) {
      this.error = fromError(error).summary;
    }
  }

  private async saveFields(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const v = formValues(e.target as HTMLFormElement);
    const input = {
      eventConcept: v.text("eventConcept"),
      facilitator: v.text("facilitator"),
      resultsSummary: v.text("resultsSummary"),
      recommendations: v.text("recommendations"),
      ...(v.text("participantCount") ? { participantCount: Number(v.text("participantCount")) } : {}),
      ...(v.text("heldOn") ? { heldOn: v.text("heldOn") } : {}),
    };
    const parsed = z.safeParse(updateDialogueSchema, input);
    if (!parsed.success) {
      this.problems = fromIssues(parsed.error.issues);
      focusProblem(this);
      return;
    }
    try {
      await api().updateDialogue(this.dialogue.id, parsed.data);
      this.problems = null;
      announce("Öffentliche Angaben gespeichert. Die Vorschau ist aktualisiert.");
      await this.load();
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    }
  }

  private async copy(id: string): Promise<void> {
    const area = this.querySelector<HTMLTextAreaElement>(`#${id}`)!;
    area.select();
    try {
      await navigator.clipboard.writeText(area.value);
      announce("In die Zwischenablage kopiert.");
    } catch {
      announce("Der Text ist markiert – kopieren Sie ihn mit Strg+C.");
    }
  }

  private snippet(id: string, label: string, value: string) {
    return html`<div class="field snippet">
      <label for=${id}>${label}</label>
      <textarea id=${id} readonly rows="3" .value=${value}></textarea>
      <button type="button" class="secondary" @click=${() => this.copy(id)}>Kopieren<span class="visually-hidden">: ${label}</span></button>
    </div>`;
  }

  override render() {
    const s = this.snippets;
    return html`<section aria-labelledby="publish-heading">
        <h2 id="publish-heading">Veröffentlichung</h2>
        ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
        <p>${this.dialogue.published ? "Der Steckbrief ist öffentlich sichtbar." : "Der Steckbrief ist noch nicht öffentlich."}</p>
        ${this.dialogue.published
          ? html`<button type="button" class="secondary" @click=${() => this.setPublished(false)}>Veröffentlichung zurücknehmen</button>`
          : html`<button type="button" @click=${() => this.setPublished(true)}>Steckbrief veröffentlichen</button>`}
      </section>
      <section aria-labelledby="fields-heading">
        <h2 id="fields-heading">Öffentliche Angaben</h2>
        ${problemSummary(this.problems)}
        <form @submit=${this.saveFields} novalidate>
          ${textArea({ name: "eventConcept", label: "Konzept der Veranstaltung", value: this.dialogue.eventConcept, problems: this.problems })}
          ${textField({ name: "facilitator", label: "Moderation", value: this.dialogue.facilitator, problems: this.problems })}
          ${textField({ name: "heldOn", label: "Durchgeführt am", type: "date", value: this.dialogue.heldOn, problems: this.problems })}
          ${textField({ name: "participantCount", label: "Teilnehmende insgesamt", type: "number", min: "0", value: this.dialogue.participantCount, hint: "Leer lassen: dann zählt die Einlassliste.", problems: this.problems })}
          ${textArea({ name: "resultsSummary", label: "Ergebnisse in Kürze", value: this.dialogue.resultsSummary, problems: this.problems })}
          ${textArea({ name: "recommendations", label: "Empfehlungen für andere Kommunen", value: this.dialogue.recommendations, problems: this.problems })}
          <button type="submit">Angaben speichern</button>
        </form>
      </section>
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">Vorschau</h2>
        <p class="muted">So zeigt die eingebettete Karte den Steckbrief.</p>
        <div class="preview">${this.preview ? html`<kfd-steckbrief-card .data=${this.preview} heading-level="3" lang="de"></kfd-steckbrief-card>` : html`<p>Wird geladen …</p>`}</div>
      </section>
      ${s
        ? html`<section aria-labelledby="snippets-heading">
            <h2 id="snippets-heading">Zum Einbetten</h2>
            <p>Fügen Sie das Skript einmal pro Seite ein, dann die gewünschten Bausteine.</p>
            ${this.snippet("snippet-script", "Skript (einmal pro Seite)", s.script)}
            ${this.snippet("snippet-card", "Steckbrief-Karte", s.card)}
            ${this.snippet("snippet-iframe", "Steckbrief als iframe (ohne fremde Skripte)", s.cardIframe)}
            ${this.snippet("snippet-map", "Karte der Dialoge", s.map)}
            ${s.events.map((e, i) => this.snippet(`snippet-form-${i}`, `Anmeldeformular: ${e.title}`, e.form))}
            <p>Öffentliche Seite: <a href=${s.steckbriefUrl}>${s.steckbriefUrl}</a></p>
          </section>`
        : nothing}`;
  }
}
