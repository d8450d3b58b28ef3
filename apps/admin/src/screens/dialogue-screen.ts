import type { Dialogue, PublicDialogue } from "@kfd/domain";
import { html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { api } from "../api.js";
import { t } from "../i18n/i18n.js";
import { phaseLabel } from "../i18n/labels.js";
import { lazyScreen } from "../lazy-screen.js";
import { municipalityLabel } from "../municipality/municipality-label.js";
import { DIALOGUE_STEPS, href, type DialogueStep } from "../router.js";
import { Screen } from "../screen.js";
import { loadScreen, STEP_SCREENS } from "../screen-loader.js";

/** One dialogue: its title, phase, municipality and the steps of the workflow as sub-navigation. */
export class KfdDialogueScreen extends Screen {
  @property() dialogueId = "";
  @property() step: DialogueStep = "grunddaten";
  @state() private dialogue: Dialogue | PublicDialogue | null = null;
  @state() private failed = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("dialogueId")) void this.load();
    // The step downloads while the dialogue is asked for.
    if (changed.has("step")) void loadScreen(STEP_SCREENS[this.step]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener("kfd-dialogue-saved", () => void this.load());
  }

  private async load(): Promise<void> {
    try {
      this.dialogue = await api().getDialogue(this.dialogueId);
      this.failed = false;
    } catch {
      this.failed = true;
    }
  }

  private renderStep(d: Dialogue | PublicDialogue) {
    switch (this.step) {
      case "grunddaten":
        return html`<kfd-dialogue-form .dialogue=${d}></kfd-dialogue-form>`;
      case "vorbereitung":
        return html`<kfd-preparation-step .dialogue=${d}></kfd-preparation-step>`;
      case "durchfuehrung":
        return html`<kfd-events-step .dialogue=${d}></kfd-events-step>`;
      case "ergebnisse":
        return html`<kfd-results-step .dialogue=${d}></kfd-results-step>`;
      case "steckbrief":
        return html`<kfd-steckbrief-step .dialogue=${d}></kfd-steckbrief-step>`;
    }
  }

  override render() {
    if (this.failed) return html`<h1 tabindex="-1">${t("dialogue.heading")}</h1><div class="alert" role="alert">${t("dialogue.notFound")}</div>`;
    const d = this.dialogue;
    if (!d) return html`<p>${t("common.loading")}</p>`;
    return html`<h1 tabindex="-1">${d.title}</h1>
      <p class="meta">
        ${t("dialogue.phase", { phase: phaseLabel(d.phase) })} · ${d.published ? t("dialogue.published") : t("dialogue.unpublished")} ·
        ${municipalityLabel(d.municipality)}
      </p>
      <nav class="steps" aria-label=${t("dialogue.steps")}>
        <ul>
          ${DIALOGUE_STEPS.map((s) => html`<li><a href=${href("dialoge", d.id, s)} aria-current=${s === this.step ? "page" : nothing}>${t(`dialogue.step.${s}`)}</a></li>`)}
        </ul>
      </nav>
      <div class="step-body">${lazyScreen(this, STEP_SCREENS[this.step], () => this.renderStep(d))}</div>`;
  }
}
