import { ACTOR_GROUP_LABELS, ACTOR_GROUPS, createDialogueSchema, METHOD_LABELS, METHODS, STANDARD_TOPICS, updateDialogueSchema, type PublicDialogue } from "@kfd/domain";
import * as z from "zod/mini";
import { html } from "lit";
import { property, state } from "lit/decorators.js";
import { api, currentSession } from "../api.js";
import { checkboxGroup, focusProblem, formValues, problemSummary, selectField, textArea, textField } from "../fields.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { href, navigate } from "../router.js";
import { Screen } from "../screen.js";

/** Create a dialogue, or edit its Grunddaten (title, municipality, occasion, goals, topics, actors). */
export class KfdDialogueForm extends Screen {
  /** The dialogue to edit; none creates a new one. */
  @property({ attribute: false }) dialogue: PublicDialogue | null = null;
  @state() private problems: FormProblems | null = null;

  private input(form: HTMLFormElement) {
    const v = formValues(form);
    const topics = v.all("topics").map((slug) => STANDARD_TOPICS.find((t) => t.slug === slug)!).map((t) => ({ slug: t.slug, label: t.label }));
    return {
      title: v.text("title"),
      municipalityAgs: v.text("municipalityAgs"),
      method: v.text("method"),
      occasion: v.text("occasion"),
      goals: v.text("goals"),
      topics,
      actors: v.all("actors"),
    };
  }

  private invalid(issues: Parameters<typeof fromIssues>[0]): void {
    this.problems = fromIssues(issues);
    focusProblem(this);
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const input = this.input(e.target as HTMLFormElement);
    try {
      if (this.dialogue) {
        const parsed = z.safeParse(updateDialogueSchema, input);
        if (!parsed.success) return this.invalid(parsed.error.issues);
        const saved = await api().updateDialogue(this.dialogue.id, parsed.data);
        this.problems = null;
        announce(`Gespeichert: ${saved.title}`);
        this.dispatchEvent(new CustomEvent("kfd-dialogue-saved", { bubbles: true }));
      } else {
        const parsed = z.safeParse(createDialogueSchema, input);
        if (!parsed.success) return this.invalid(parsed.error.issues);
        const created = await api().createDialogue(parsed.data);
        announce(`Dialog angelegt: ${created.title}`);
        navigate(href("dialoge", created.id, "vorbereitung"));
      }
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    }
  }

  override render() {
    const d = this.dialogue;
    const ags = currentSession()?.municipalityAgs ?? [];
    const isNew = d === null;
    return html`${isNew ? html`<h1 tabindex="-1">Neuen Dialog anlegen</h1>` : html`<h2>Grunddaten</h2>`}
      ${problemSummary(this.problems)}
      <form @submit=${this.submit} novalidate>
        ${textField({ name: "title", label: "Titel", value: d?.title, required: true, problems: this.problems })}
        ${ags.length > 0
          ? selectField({ name: "municipalityAgs", label: "Kommune (AGS)", value: d?.municipalityAgs, options: ags.map((a) => ({ value: a, label: a })), problems: this.problems })
          : textField({ name: "municipalityAgs", label: "Kommune (Amtlicher Gemeindeschlüssel, 8 Ziffern)", value: d?.municipalityAgs, required: true, problems: this.problems })}
        ${selectField({ name: "method", label: "Format", value: d?.method ?? "world-cafe", options: METHODS.map((m) => ({ value: m, label: METHOD_LABELS[m] })), problems: this.problems })}
        ${textArea({ name: "occasion", label: "Anlass", value: d?.occasion, problems: this.problems })}
        ${textArea({ name: "goals", label: "Ziele", value: d?.goals, problems: this.problems })}
        ${checkboxGroup({ name: "topics", legend: "Themen", options: STANDARD_TOPICS.map((t) => ({ value: t.slug, label: t.label })), checked: d?.topics.map((t) => t.slug) ?? [], problems: this.problems })}
        ${checkboxGroup({ name: "actors", legend: "Beteiligte Akteure", options: ACTOR_GROUPS.map((a) => ({ value: a, label: ACTOR_GROUP_LABELS[a] })), checked: d?.actors ?? [], problems: this.problems })}
        <button type="submit">${isNew ? "Dialog anlegen" : "Grunddaten speichern"}</button>
      </form>`;
  }
}
