import { PHASES, type Dialogue, type Measure, type PublicDialogue } from "@kfd/domain";
import { html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { api } from "../api.js";
import { formatDate } from "../format.js";
import { formatNumber, t } from "../i18n/i18n.js";
import { phaseLabel } from "../i18n/labels.js";
import { municipalityLabel } from "../municipality/municipality-label.js";
import { href } from "../router.js";
import { Screen } from "../screen.js";

type ListedDialogue = Dialogue | PublicDialogue;

/** "Meine Dialoge": the dialogues the person may manage, per phase, and what is overdue. */
export class KfdDashboard extends Screen {
  @state() private dialogues: ListedDialogue[] | null = null;
  @state() private overdue: { dialogue: ListedDialogue; measure: Measure }[] = [];
  @state() private failed = false;

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
      this.failed = true;
    }
  }

  override render() {
    return html`<h1 tabindex="-1">${t("dashboard.title")}</h1>
      ${this.failed ? html`<div class="alert" role="alert">${t("dashboard.loadFailed")}</div>` : nothing}
      <p><a class="button" href="/admin/dialoge/neu">${t("dashboard.newDialogue")}</a></p>
      ${this.dialogues === null
        ? html`<p>${t("common.loading")}</p>`
        : html`<div class="phase-columns">
            ${PHASES.map((phase) => {
              const list = this.dialogues!.filter((d) => d.phase === phase);
              return html`<section class="card" aria-labelledby="phase-${phase}">
                <h2 id="phase-${phase}">${phaseLabel(phase)} <span class="count">${t("dashboard.count", { count: formatNumber(list.length) })}</span></h2>
                ${list.length === 0
                  ? html`<p class="muted">${t("dashboard.none")}</p>`
                  : html`<ul class="plain">
                      ${list.map(
                        (d) => html`<li>
                          <a href=${href("dialoge", d.id, phase === "preparation" ? "vorbereitung" : phase === "execution" ? "durchfuehrung" : "ergebnisse")}>${d.title}</a>
                          <span class="muted">· ${municipalityLabel(d.municipality)}</span>
                          ${d.published ? html`<span class="badge">${t("dashboard.published")}</span>` : nothing}
                        </li>`,
                      )}
                    </ul>`}
              </section>`;
            })}
          </div>`}
      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">${t("dashboard.overdueHeading")}</h2>
        ${this.overdue.length === 0
          ? html`<p class="muted">${t("dashboard.noOverdue")}</p>`
          : html`<ul class="plain">
              ${this.overdue.map(
                ({ dialogue, measure }) =>
                  html`<li class="overdue">
                    <a href=${href("dialoge", dialogue.id, "ergebnisse")}>${measure.title}</a> –
                    ${t("dashboard.overdueOf", { dialogue: dialogue.title, date: formatDate(measure.dueOn!) })}
                  </li>`,
              )}
            </ul>`}
      </section>`;
  }
}
