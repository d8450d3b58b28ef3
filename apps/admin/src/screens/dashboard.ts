import { PHASE_LABELS, PHASES, type Measure, type PublicDialogue } from "@kfd/domain";
import { html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { api } from "../api.js";
import { formatDate } from "../format.js";
import { href } from "../router.js";
import { Screen } from "../screen.js";

/** "Meine Dialoge": the dialogues the person may manage, per phase, and what is overdue. */
export class KfdDashboard extends Screen {
  @state() private dialogues: PublicDialogue[] | null = null;
  @state() private overdue: { dialogue: PublicDialogue; measure: Measure }[] = [];
  @state() private error = "";

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const dialogues = await api().listDialogues();
      this.dialogues = dialogues;
      const overdue = await Promise.all(dialogues.map(async (d) => (await api().listOverdueMeasures(d.id)).map((measure) => ({ dialogue: d, measure }))));
      this.overdue = overdue.flat();
    } catch {
      this.error = "Die Dialoge konnten nicht geladen werden.";
    }
  }

  override render() {
    return html`<h1 tabindex="-1">Meine Dialoge</h1>
      ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
      <p><a class="button" href="/admin/dialoge/neu">Neuen Dialog anlegen</a></p>
      ${this.dialogues === null
        ? html`<p>Wird geladen …</p>`
        : html`<div class="phase-columns">
            ${PHASES.map((phase) => {
              const list = this.dialogues!.filter((d) => d.phase === phase);
              return html`<section class="card" aria-labelledby="phase-${phase}">
                <h2 id="phase-${phase}">${PHASE_LABELS[phase]} <span class="count">(${list.length})</span></h2>
                ${list.length === 0
                  ? html`<p class="muted">Keine Dialoge.</p>`
                  : html`<ul class="plain">
                      ${list.map((d) => html`<li><a href=${href("dialoge", d.id, phase === "preparation" ? "vorbereitung" : phase === "execution" ? "durchfuehrung" : "ergebnisse")}>${d.title}</a>${d.published ? html` <span class="badge">veröffentlicht</span>` : nothing}</li>`)}
                    </ul>`}
              </section>`;
            })}
          </div>`}
      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">Überfällige Maßnahmen</h2>
        ${this.overdue.length === 0
          ? html`<p class="muted">Keine überfälligen Maßnahmen.</p>`
          : html`<ul class="plain">
              ${this.overdue.map(
                ({ dialogue, measure }) => html`<li class="overdue"><a href=${href("dialoge", dialogue.id, "ergebnisse")}>${measure.title}</a> – ${dialogue.title}, fällig am ${formatDate(measure.dueOn!)}</li>`,
              )}
            </ul>`}
      </section>`;
  }
}
