import {
  ACTOR_GROUPS,
  createDialogueSchema,
  isStandardTopic,
  METHODS,
  STANDARD_TOPICS,
  updateDialogueSchema,
  type Dialogue,
  type PublicDialogue,
  type Topic,
} from "@kfd/domain";
import * as z from "zod/mini";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { api } from "../api.js";
import { namedProblems, problemAlert, type NamedProblem } from "../field-problems.js";
import { checkboxGroup, focusProblem, formValues, selectField, textArea, textField } from "../fields.js";
import { t } from "../i18n/i18n.js";
import { actorGroupLabel, methodLabel, topicLabel } from "../i18n/labels.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { href, navigate } from "../router.js";
import { Screen } from "../screen.js";
import { typedNumber } from "../typed-number.js";

type Issue = Parameters<typeof fromIssues>[0][number];

/**
 * Create a dialogue, or edit its Grunddaten: title, municipality, format, occasion, goals, topics,
 * actors, and what only staff see — how long registrants' data is kept and where exactly it takes place.
 */
export class KfdDialogueForm extends Screen {
  /** The dialogue to edit; none creates a new one. */
  @property({ attribute: false }) dialogue: Dialogue | PublicDialogue | null = null;
  @state() private problems: FormProblems | null = null;
  @state() private named: NamedProblem[] = [];

  /** The standard topics and any the dialogue has of its own, so that saving keeps those. */
  private topicChoices(): Topic[] {
    const own = this.dialogue?.topics.filter((topic) => !isStandardTopic(topic.slug)) ?? [];
    return [...STANDARD_TOPICS, ...own];
  }

  /** The staff-only fields are there for a new dialogue and one the person manages (the API then sends them). */
  private managed(): Dialogue | null | undefined {
    const d = this.dialogue;
    if (d === null) return null;
    return "retentionDays" in d ? d : undefined;
  }

  private read(form: HTMLFormElement): { input: Record<string, unknown>; missing: Issue[] } {
    const v = formValues(form);
    const topics = this.topicChoices()
      .filter((topic) => v.all("topics").includes(topic.slug))
      .map(({ slug, label }) => ({ slug, label }));
    const input: Record<string, unknown> = {
      title: v.text("title"),
      municipalityAgs: v.text("municipalityAgs"),
      method: v.text("method"),
      occasion: v.text("occasion"),
      goals: v.text("goals"),
      topics,
      actors: v.all("actors"),
    };
    const missing: Issue[] = [];
    if (this.managed() === undefined) return { input, missing };

    if (v.text("retentionDays") === "") missing.push({ path: ["retentionDays"], message: "must not be empty" });
    else input.retentionDays = typedNumber(v.text("retentionDays"));
    const lat = typedNumber(v.text("location-lat"));
    const lon = typedNumber(v.text("location-lon"));
    if (lat !== undefined || lon !== undefined) {
      if (lat === undefined) missing.push({ path: ["location", "lat"], message: "must not be empty" });
      if (lon === undefined) missing.push({ path: ["location", "lon"], message: "must not be empty" });
      input.location = { lat, lon };
    } else if (this.dialogue) {
      // Emptied on purpose: the map goes back to the municipality's point.
      input.location = null;
    }
    input.locationSensitive = v.checked("locationSensitive");
    return { input, missing };
  }

  private show(problems: FormProblems, form: HTMLFormElement): void {
    // With nothing chosen, "not an AGS" would puzzle someone who never typed one.
    if (problems.fields.municipalityAgs && formValues(form).text("municipalityAgs") === "") problems.fields.municipalityAgs = t("municipality.required");
    this.problems = problems;
    this.named = namedProblems(problems, form);
    focusProblem(this);
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const { input, missing } = this.read(form);
    try {
      if (this.dialogue) {
        const parsed = z.safeParse(updateDialogueSchema, input);
        if (!parsed.success || missing.length > 0) return this.show(fromIssues([...missing, ...(parsed.error?.issues ?? [])]), form);
        const saved = await api().updateDialogue(this.dialogue.id, parsed.data);
        this.problems = null;
        this.named = [];
        announce(t("dialogueForm.saved", { title: saved.title }));
        this.dispatchEvent(new CustomEvent("kfd-dialogue-saved", { bubbles: true }));
      } else {
        const parsed = z.safeParse(createDialogueSchema, input);
        if (!parsed.success || missing.length > 0) return this.show(fromIssues([...missing, ...(parsed.error?.issues ?? [])]), form);
        const created = await api().createDialogue(parsed.data);
        announce(t("dialogueForm.created", { title: created.title }));
        navigate(href("dialoge", created.id, "vorbereitung"));
      }
    } catch (error) {
      this.show(fromError(error), form);
    }
  }

  private renderPrivacy(d: Dialogue | null) {
    const problems = this.problems;
    return html`<fieldset class="checkbox-group">
      <legend>${t("dialogueForm.privacy")}</legend>
      ${textField({ name: "retentionDays", label: t("dialogueForm.retentionDays"), type: "number", min: "1", max: "365", value: d?.retentionDays ?? 30, required: true, hint: t("dialogueForm.retentionDays.hint"), problems })}
      <fieldset class="checkbox-group" aria-describedby="location-hint">
        <legend>${t("dialogueForm.location")}</legend>
        <p class="hint" id="location-hint">${t("dialogueForm.location.hint")}</p>
        <div class="inline-form">
          ${textField({ name: "location-lat", path: "location.lat", label: t("dialogueForm.lat"), value: d?.location?.lat, problems })}
          ${textField({ name: "location-lon", path: "location.lon", label: t("dialogueForm.lon"), value: d?.location?.lon, problems })}
        </div>
      </fieldset>
      <div class="field">
        <label class="check">
          <input type="checkbox" id="f-locationSensitive" name="locationSensitive" .checked=${d?.locationSensitive ?? false} aria-describedby="f-locationSensitive-hint" />
          ${t("dialogueForm.locationSensitive")}
        </label>
        <p class="hint" id="f-locationSensitive-hint">${t("dialogueForm.locationSensitive.hint")}</p>
      </div>
    </fieldset>`;
  }

  override render() {
    const d = this.dialogue;
    const managed = this.managed();
    const problems = this.problems;
    return html`${d === null ? html`<h1 tabindex="-1">${t("dialogueForm.newHeading")}</h1>` : html`<h2>${t("dialogueForm.heading")}</h2>`}
      ${problemAlert(problems, this.named)}
      <form @submit=${this.submit} novalidate>
        ${textField({ name: "title", label: t("dialogueForm.title"), value: d?.title, required: true, problems })}
        <kfd-municipality-picker .current=${d?.municipality ?? null} .problems=${problems}></kfd-municipality-picker>
        ${selectField({ name: "method", label: t("dialogueForm.method"), value: d?.method ?? "world-cafe", options: METHODS.map((m) => ({ value: m, label: methodLabel(m) })), problems })}
        ${textArea({ name: "occasion", label: t("dialogueForm.occasion"), value: d?.occasion, problems })}
        ${textArea({ name: "goals", label: t("dialogueForm.goals"), value: d?.goals, problems })}
        ${checkboxGroup({
          name: "topics",
          legend: t("dialogueForm.topics"),
          options: this.topicChoices().map((topic) => ({ value: topic.slug, label: topicLabel(topic) })),
          checked: d?.topics.map((topic) => topic.slug) ?? [],
          problems,
        })}
        ${checkboxGroup({ name: "actors", legend: t("dialogueForm.actors"), options: ACTOR_GROUPS.map((a) => ({ value: a, label: actorGroupLabel(a) })), checked: d?.actors ?? [], problems })}
        ${managed === undefined ? nothing : this.renderPrivacy(managed)}
        <button type="submit">${d === null ? t("dialogueForm.create") : t("dialogueForm.save")}</button>
      </form>`;
  }
}
