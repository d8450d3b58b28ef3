import { signInSchema } from "@kfd/domain";
import * as z from "zod/mini";
import { html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { pageBeforeExpiry, signIn } from "../api.js";
import { focusProblem, formValues, problemSummary, textField } from "../fields.js";
import { t } from "../i18n/i18n.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { href, navigate } from "../router.js";
import { Screen } from "../screen.js";

export class KfdSignIn extends Screen {
  @state() private problems: FormProblems | null = null;
  @state() private busy = false;

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const v = formValues(e.target as HTMLFormElement);
    const parsed = z.safeParse(signInSchema, { email: v.text("email"), password: v.text("password") });
    if (!parsed.success) {
      this.problems = fromIssues(parsed.error.issues);
      focusProblem(this);
      return;
    }
    this.busy = true;
    // Read before signing in, which forgets it.
    const returnTo = pageBeforeExpiry();
    try {
      await signIn(parsed.data);
      announce(t("signIn.done"));
      navigate(returnTo ?? "/admin/");
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<div class="narrow">
      <h1 tabindex="-1">${t("signIn.title")}</h1>
      ${pageBeforeExpiry() !== null && !this.problems ? html`<div class="alert" role="alert">${t("signIn.sessionExpired")}</div>` : nothing}
      <p>${t("signIn.intro")}</p>
      ${problemSummary(this.problems)}
      <form @submit=${this.submit} novalidate>
        ${textField({ name: "email", label: t("account.email"), type: "email", required: true, problems: this.problems })}
        ${textField({ name: "password", label: t("account.password"), type: "password", required: true, problems: this.problems })}
        <button type="submit" ?disabled=${this.busy}>${t("signIn.submit")}</button>
      </form>
      <p><a href=${href("passwort-vergessen")}>${t("signIn.forgotten")}</a></p>
    </div>`;
  }
}
