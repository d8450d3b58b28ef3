import { PASSWORD_RESET_VALID_MINUTES, requestPasswordResetSchema } from "@kfd/domain";
import * as z from "zod/mini";
import { html } from "lit";
import { state } from "lit/decorators.js";
import { api } from "../api.js";
import { focusProblem, formValues, problemSummary, textField } from "../fields.js";
import { t } from "../i18n/i18n.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { href } from "../router.js";
import { Screen } from "../screen.js";

/**
 * Asks for a link to choose a new password. The confirmation is the same whatever the address:
 * the page must not tell a stranger which addresses have an account.
 */
export class KfdPasswordForgotten extends Screen {
  @state() private problems: FormProblems | null = null;
  @state() private busy = false;
  @state() private sent = false;

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const v = formValues(e.target as HTMLFormElement);
    const parsed = z.safeParse(requestPasswordResetSchema, { email: v.text("email") });
    if (!parsed.success) {
      this.problems = fromIssues(parsed.error.issues);
      focusProblem(this);
      return;
    }
    this.busy = true;
    try {
      await api().requestPasswordReset(parsed.data);
      this.problems = null;
      this.sent = true;
      // The confirmation replaces the form; it takes the focus so that it is read out.
      await this.updateComplete;
      this.querySelector<HTMLElement>("#password-reset-sent")?.focus();
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<div class="narrow">
      <h1 tabindex="-1">${t("passwordForgotten.title")}</h1>
      ${this.sent
        ? html`<div class="card success" id="password-reset-sent" tabindex="-1"><p>${t("passwordForgotten.sent", { minutes: PASSWORD_RESET_VALID_MINUTES })}</p></div>`
        : html`<p>${t("passwordForgotten.intro")}</p>
            ${problemSummary(this.problems)}
            <form @submit=${this.submit} novalidate>
              ${textField({ name: "email", label: t("account.email"), type: "email", required: true, problems: this.problems })}
              <button type="submit" ?disabled=${this.busy}>${t("passwordForgotten.submit")}</button>
            </form>`}
      <p><a href=${href("anmelden")}>${t("passwordForgotten.toSignIn")}</a></p>
    </div>`;
  }
}
