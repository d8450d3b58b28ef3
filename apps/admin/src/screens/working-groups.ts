import { createWorkingGroupSchema, type WorkingGroup } from "@kfd/domain";
import * as z from "zod/mini";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { api } from "../api.js";
import { focusProblem, formValues, problemSummary, textArea, textField } from "../fields.js";
import { t } from "../i18n/i18n.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { Screen } from "../screen.js";

export const WORKING_GROUP_CREATED = "kfd-working-group-created";

/**
 * The dialogue's Begleitkreise: listed, and a form to set one up. The step owns the list
 * (measures name their group from it); a new group is handed up in WORKING_GROUP_CREATED.
 */
export class KfdWorkingGroups extends Screen {
  @property() dialogueId = "";
  @property({ attribute: false }) groups: readonly WorkingGroup[] = [];
  @state() private problems: FormProblems | null = null;

  private async create(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const v = formValues(form);
    const input = { name: v.text("groupName"), description: v.text("groupDescription"), ...(v.text("groupEmail") ? { contactEmail: v.text("groupEmail") } : {}) };
    const parsed = z.safeParse(createWorkingGroupSchema, input);
    if (!parsed.success) {
      this.problems = fromIssues(parsed.error.issues);
      focusProblem(this);
      return;
    }
    try {
      const group = await api().createWorkingGroup(this.dialogueId, parsed.data);
      this.problems = null;
      form.reset();
      this.dispatchEvent(new CustomEvent<WorkingGroup>(WORKING_GROUP_CREATED, { detail: group, bubbles: true }));
      announce(t("workingGroups.added", { name: group.name }));
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    }
  }

  override render() {
    return html`<section aria-labelledby="working-groups-heading">
      <h2 id="working-groups-heading">${t("workingGroups.heading")}</h2>
      <p class="muted">${t("workingGroups.intro")}</p>
      ${this.groups.length === 0
        ? html`<p class="muted">${t("workingGroups.empty")}</p>`
        : html`<ul class="plain working-groups">
            ${this.groups.map(
              (g) => html`<li class="card">
                <strong>${g.name}</strong>
                ${g.description ? html`<p>${g.description}</p>` : nothing}
                ${g.contactEmail ? html`<p>${t("workingGroups.contact")} <a href="mailto:${g.contactEmail}">${g.contactEmail}</a></p>` : nothing}
              </li>`,
            )}
          </ul>`}
      <form class="card" @submit=${this.create} novalidate aria-labelledby="working-group-form-heading">
        <h3 id="working-group-form-heading">${t("workingGroups.new")}</h3>
        ${problemSummary(this.problems)}
        ${textField({ name: "groupName", label: t("workingGroups.name"), required: true, problems: this.problems, path: "name" })}
        ${textArea({ name: "groupDescription", label: t("workingGroups.description"), problems: this.problems, path: "description" })}
        ${textField({ name: "groupEmail", label: t("workingGroups.contactEmail"), type: "email", hint: t("workingGroups.contactHint"), problems: this.problems, path: "contactEmail" })}
        <button type="submit">${t("workingGroups.add")}</button>
      </form>
    </section>`;
  }
}
