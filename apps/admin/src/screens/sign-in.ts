import { signInSchema } from "@kfd/domain";
import * as z from "zod/mini";
import { html } from "lit";
import { state } from "lit/decorators.js";
import { signIn } from "../api.js";
import { focusProblem, formValues, problemSummary, textField } from "../fields.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { navigate } from "../router.js";
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
    try {
      await signIn(parsed.data);
      announce("Sie sind angemeldet.");
      this.dispatchEvent(new CustomEvent("kfd-session-changed", { bubbles: true }));
      navigate("/admin/");
    } catch (error) {
      this.problems = fromError(error);
      if (this.problems.summary === "Bitte melden Sie sich an.") this.problems = { summary: "E-Mail-Adresse oder Passwort stimmen nicht.", fields: {} };
      focusProblem(this);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<div class="narrow">
      <h1 tabindex="-1">Anmelden</h1>
      <p>Melden Sie sich mit der E-Mail-Adresse und dem Passwort Ihres Zugangs an.</p>
      ${problemSummary(this.problems)}
      <form @submit=${this.submit} novalidate>
        ${textField({ name: "email", label: "E-Mail-Adresse", type: "email", required: true, problems: this.problems })}
        ${textField({ name: "password", label: "Passwort", type: "password", required: true, problems: this.problems })}
        <button type="submit" ?disabled=${this.busy}>Anmelden</button>
      </form>
    </div>`;
  }
}
