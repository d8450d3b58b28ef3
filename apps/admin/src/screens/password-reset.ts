import { MIN_PASSWORD_LENGTH, passwordProblems, resetPasswordSchema, type PasswordResetPreview } from "@kfd/domain";
import * as z from "zod/mini";
import { html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { api, sessionStarted } from "../api.js";
import { focusProblem, formValues, problemSummary, textField } from "../fields.js";
import { formatDateTime } from "../format.js";
import { t } from "../i18n/i18n.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { href, navigate } from "../router.js";
import { Screen } from "../screen.js";

/** Where the link from the reset e-mail leads; its secret comes in the URL's fragment, which no server log sees. */
export class KfdPasswordReset extends Screen {
  @property() token = "";
  @state() private preview: PasswordResetPreview | null = null;
  @state() private loadError: "incomplete" | "invalid" | null = null;
  @state() private problems: FormProblems | null = null;
  @state() private busy = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("token")) void this.load();
  }

  private async load(): Promise<void> {
    this.preview = null;
    this.loadError = null;
    if (!this.token) {
      this.loadError = "incomplete";
      return;
    }
    try {
      this.preview = await api().getPasswordReset(this.token);
    } catch {
      this.loadError = "invalid";
    }
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const v = formValues(e.target as HTMLFormElement);
    const parsed = z.safeParse(resetPasswordSchema, { password: v.text("password") });
    // The same rules the server applies, the e-mail address included, checked before the round trip.
    const issues = parsed.success
      ? passwordProblems(parsed.data.password, { email: this.preview?.email ?? "" }).map((message) => ({ path: ["password"], message, code: "custom" }))
      : parsed.error.issues;
    if (issues.length > 0) {
      this.problems = fromIssues(issues);
      focusProblem(this);
      return;
    }
    this.busy = true;
    try {
      sessionStarted(await api().resetPassword(this.token, { password: v.text("password") }));
      announce(t("passwordReset.done"));
      navigate("/admin/");
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<div class="narrow">
      <h1 tabindex="-1">${t("passwordReset.title")}</h1>
      ${this.loadError
        ? html`<div class="alert" role="alert">${t(this.loadError === "incomplete" ? "passwordReset.incomplete" : "passwordReset.invalid")}</div>
            <p><a href=${href("passwort-vergessen")}>${t("passwordReset.requestNew")}</a></p>`
        : nothing}
      ${this.preview
        ? html`<p>${t("passwordReset.for", { email: this.preview.email, until: formatDateTime(this.preview.expiresAt) })}</p>
            <p>${t("passwordReset.othersEnd")}</p>
            ${problemSummary(this.problems)}
            <form @submit=${this.submit} novalidate>
              ${textField({ name: "password", label: t("account.newPassword"), type: "password", required: true, hint: t("account.passwordHint", { min: MIN_PASSWORD_LENGTH }), problems: this.problems })}
              <button type="submit" ?disabled=${this.busy}>${t("passwordReset.submit")}</button>
            </form>`
        : nothing}
    </div>`;
  }
}
