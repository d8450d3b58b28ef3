import { PHASE_LABELS, type PublicDialogue } from "@kfd/domain";
import { html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { api } from "../api.js";
import { DIALOGUE_STEPS, href, type DialogueStep } from "../router.js";
import { Screen } from "../screen.js";

const STEP_LABELS: Record<DialogueStep, string> = {
  grunddaten: "Grunddaten",
  vorbereitung: "1. Vorbereitung",
  durchfuehrung: "2. Durchführung",
  ergebnisse: "3. Ergebnisse & Umsetzung",
  steckbrief: "Steckbrief",
};

/** One dialogue: its title, phase and the steps of the workflow as sub-navigation. */
export class KfdDialogueScreen extends Screen {
  @property() dialogueId = "";
  @property() step: DialogueStep = "grunddaten";
  @state() private dialogue: PublicDialogue | null = null;
  @state() private error = "";

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("dialogueId")) void this.load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener("kfd-dialogue-saved", () => void this.load());
  }

  private async load(): Promise<void> {
    try {
      this.dialogue = await api().getDialogue(this.dialogueId);
    } catch {
      this.error = "Dieser Dialog wurde nicht gefunden oder Sie dürfen ihn nicht bearbeiten.";
    }
  }

  private renderStep(d: PublicDialogue) {
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
    if (this.error) return html`<h1 tabindex="-1">Dialog</h1><div class="alert" role="alert">${this.error}</div>`;
    const d = this.dialogue;
    if (!d) return html`<p>Wird geladen …</p>`;
    return html`<h1 tabindex="-1">${d.title}</h1>
      <p class="meta">Phase: <strong>${PHASE_LABELS[d.phase]}</strong> · ${d.published ? "veröffentlicht" : "nicht veröffentlicht"} · AGS ${d.municipalityAgs}</p>
      <nav class="steps" aria-label="Schritte des Dialogs">
        <ul>
          ${DIALOGUE_STEPS.map((s) => html`<li><a href=${href("dialoge", d.id, s)} aria-current=${s === this.step ? "page" : nothing}>${STEP_LABELS[s]}</a></li>`)}
        </ul>
      </nav>
      <div class="step-body">${this.renderStep(d)}</div>`;
  }
}
