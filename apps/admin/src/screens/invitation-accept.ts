import { acceptInvitationSchema, type InvitationPreview } from "@kfd/domain";
import * as z from "zod/mini";
import { html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { api, sessionStarted } from "../api.js";
import { focusProblem, formValues, problemSummary, textField } from "../fields.js";
import { formatDateTime } from "../format.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { navigate } from "../router.js";
import { Screen } from "../screen.js";

/** Where an invited person sets a password; the token comes in the URL's fragment, which no server log sees. */
export class KfdInvitationAccept extends Screen {
  @property() token = "";
  @state() private preview: InvitationPreview | null = null;
  @state() private loadError = "";
  @state() private problems: FormProblems | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("token")) void this.load();
  }

  private async load(): Promise<void> {
    if (!this.token) {
      this.loadError = "Der Link ist unvollständig.";
      return;
    }
    try {
      this.preview = await api().getInvitation(this.token);
    } catch {
      this.loadError = "Diese Einladung ist ungültig, abgelaufen oder wurde schon angenommen.";
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
      announce("Willkommen! Ihr Zugang ist eingerichtet.");
      this.dispatchEvent(new CustomEvent("kfd-session-changed", { bubbles: true }));
      navigate("/admin/");
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    }
  }

  override render() {
    return html`<div class="narrow">
      <h1 tabindex="-1">Einladung annehmen</h1>
      ${this.loadError ? html`<div class="alert" role="alert">${this.loadError}</div>` : nothing}
      ${this.preview
        ? html`<p>Einladung für <strong>${this.preview.email}</strong> (${this.preview.role === "state-admin" ? "Landesverwaltung" : "Redaktion der Kommune"}), gültig bis ${formatDateTime(this.preview.expiresAt)}.</p>
            ${problemSummary(this.problems)}
            <form @submit=${this.submit} novalidate>
              ${textField({ name: "name", label: "Ihr Name", value: this.preview.name })}
              ${textField({ name: "password", label: "Neues Passwort", type: "password", required: true, hint: "Mindestens 12 Zeichen.", problems: this.problems })}
              <button type="submit">Zugang einrichten</button>
            </form>`
        : nothing}
    </div>`;
  }
}
