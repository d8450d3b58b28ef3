import { acceptInvitationSchema, MIN_PASSWORD_LENGTH, type InvitationPreview } from "@kfd/domain";
import * as z from "zod/mini";
import { html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { api, sessionStarted } from "../api.js";
import { focusProblem, formValues, problemSummary, textField } from "../fields.js";
import { formatDateTime } from "../format.js";
import { t } from "../i18n/i18n.js";
import { roleLabel } from "../i18n/labels.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { navigate } from "../router.js";
import { Screen } from "../screen.js";

/** Where an invited person sets a password; the token comes in the URL's fragment, which no server log sees. */
export class KfdInvitationAccept extends Screen {
  @property() token = "";
  @state() private preview: InvitationPreview | null = null;
  @state() private loadError: "incomplete" | "invalid" | null = null;
  @state() private problems: FormProblems | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("token")) void this.load();
  }

  private async load(): Promise<void> {
    if (!this.token) {
      this.loadError = "incomplete";
      return;
    }
    try {
      this.preview = await api().getInvitation(this.token);
    } catch {
      this.loadError = "invalid";
    }
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const v = formValues(e.target as HTMLFormElement);
    const parsed = z.safeParse(acceptInvitationSchema, { password: v.text("password"), name: v.text("name") || undefined });
    if (!parsed.success) {
      this.problems = fromIssues(parsed.error.issues);
      focusProblem(this);
      return;
    }
    try {
      sessionStarted(await api().acceptInvitation(this.token, parsed.data));
      announce(t("invitation.done"));
      navigate("/admin/");
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    }
  }

  override render() {
    return html`<div class="narrow">
      <h1 tabindex="-1">${t("invitation.title")}</h1>
      ${this.loadError ? html`<div class="alert" role="alert">${t(this.loadError === "incomplete" ? "invitation.incomplete" : "invitation.invalid")}</div>` : nothing}
      ${this.preview
        ? html`<p>${t("invitation.for", { email: this.preview.email, role: roleLabel(this.preview.role), until: formatDateTime(this.preview.expiresAt) })}</p>
            ${problemSummary(this.problems)}
            <form @submit=${this.submit} novalidate>
              ${textField({ name: "name", label: t("invitation.name"), value: this.preview.name, problems: this.problems })}
              ${textField({ name: "password", label: t("account.newPassword"), type: "password", required: true, hint: t("account.passwordHint", { min: MIN_PASSWORD_LENGTH }), problems: this.problems })}
              <button type="submit">${t("invitation.submit")}</button>
            </form>`
        : nothing}
    </div>`;
  }
}
