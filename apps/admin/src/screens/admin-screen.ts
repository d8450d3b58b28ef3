import "@kfd/widgets/stats";
import { createInvitationSchema, createTokenSchema, type AuditEntry, type CreatedInvitation, type Invitation, type OutboxMessageView, type Staff, type TokenSummary } from "@kfd/domain";
import * as z from "zod/mini";
import { html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { api, currentSession, getJson } from "../api.js";
import { focusProblem, formValues, problemSummary, selectField, textField } from "../fields.js";
import { formatDateTime } from "../format.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { ADMIN_SECTIONS, href, type AdminSection } from "../router.js";
import { Screen } from "../screen.js";

const SECTION_LABELS: Record<AdminSection, string> = {
  personen: "Personen & Einladungen",
  tokens: "API-Schlüssel",
  postausgang: "Postausgang",
  protokoll: "Zugriffsprotokoll",
  statistik: "Statistik",
};
const ROLE_OPTIONS = [
  { value: "municipality-editor", label: "Redaktion einer Kommune" },
  { value: "state-admin", label: "Landesverwaltung" },
];
const INVITATION_STATE_LABELS: Record<Invitation["state"], string> = { pending: "offen", accepted: "angenommen", expired: "abgelaufen", revoked: "zurückgezogen" };
const agsList = (value: string): string[] => value.split(/[,\s]+/).filter(Boolean);

/** The state administration: staff and invitations, API tokens, the outbox, the audit log, the programme's figures. */
export class KfdAdminScreen extends Screen {
  @property() section: AdminSection = "personen";
  @state() private staff: Staff[] = [];
  @state() private invitations: Invitation[] = [];
  @state() private created: CreatedInvitation | null = null;
  @state() private tokens: TokenSummary[] = [];
  @state() private newToken = "";
  @state() private outbox: OutboxMessageView[] = [];
  @state() private audit: AuditEntry[] = [];
  @state() private problems: FormProblems | null = null;
  @state() private error = "";

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Editors have the outbox of their municipalities only; the rest is the state administration's.
    if (currentSession()?.role !== "state-admin" && this.section !== "postausgang") this.section = "postausgang";
    if (changed.has("section")) void this.load();
  }

  private async load(): Promise<void> {
    this.error = "";
    this.problems = null;
    try {
      if (this.section === "personen") [this.staff, this.invitations] = await Promise.all([api().listStaff(), api().listInvitations()]);
      if (this.section === "tokens") this.tokens = await api().listTokens();
      if (this.section === "postausgang") this.outbox = await getJson<OutboxMessageView[]>("/v1/outbox");
      if (this.section === "protokoll") this.audit = await getJson<AuditEntry[]>("/v1/audit-log");
    } catch (error) {
      this.error = fromError(error).summary;
    }
  }

  private async invite(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const v = formValues(e.target as HTMLFormElement);
    const parsed = z.safeParse(createInvitationSchema, { email: v.text("email"), name: v.text("name"), role: v.text("role"), municipalityAgs: agsList(v.text("municipalityAgs")) });
    if (!parsed.success) {
      this.problems = fromIssues(parsed.error.issues);
      focusProblem(this);
      return;
    }
    try {
      this.created = await api().inviteStaff(parsed.data);
      this.problems = null;
      announce(`Einladung für ${this.created.invitation.email} erstellt. Der Link wird unten angezeigt.`);
      this.invitations = await api().listInvitations();
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    }
  }

  private async createToken(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const v = formValues(e.target as HTMLFormElement);
    const parsed = z.safeParse(createTokenSchema, { label: v.text("label"), role: v.text("role"), municipalityAgs: agsList(v.text("municipalityAgs")) });
    if (!parsed.success) {
      this.problems = fromIssues(parsed.error.issues);
      focusProblem(this);
      return;
    }
    try {
      this.newToken = (await api().createToken(parsed.data)).token;
      this.problems = null;
      announce("API-Schlüssel erstellt. Er wird nur jetzt angezeigt.");
      this.tokens = await api().listTokens();
    } catch (error) {
      this.problems = fromError(error);
      focusProblem(this);
    }
  }

  private async setDisabled(person: Staff, disabled: boolean): Promise<void> {
    try {
      await api().updateStaff(person.id, { disabled });
      announce(`${person.name || person.email}: Zugang ${disabled ? "gesperrt" : "freigegeben"}.`);
      this.staff = await api().listStaff();
    } catch (error) {
      this.error = fromError(error).summary;
    }
  }

  private async revokeInvitation(i: Invitation): Promise<void> {
    await api().revokeInvitation(i.id);
    announce(`Einladung für ${i.email} zurückgezogen.`);
    this.invitations = await api().listInvitations();
  }

  private async revokeToken(t: TokenSummary): Promise<void> {
    await api().revokeToken(t.tokenId);
    announce(`API-Schlüssel „${t.label}“ widerrufen.`);
    this.tokens = await api().listTokens();
  }

  private renderPeople() {
    return html`<h2>Personen</h2>
      <div class="table-wrap"><table>
        <caption class="visually-hidden">Personen mit Zugang</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">E-Mail</th><th scope="col">Rolle</th><th scope="col">Kommunen (AGS)</th><th scope="col">Zuletzt angemeldet</th><th scope="col">Zugang</th></tr></thead>
        <tbody>${this.staff.map(
          (s) => html`<tr><td>${s.name}</td><td>${s.email}</td><td>${ROLE_OPTIONS.find((r) => r.value === s.role)?.label}</td><td>${s.municipalityAgs.join(", ") || "alle"}</td><td>${s.lastSignInAt ? formatDateTime(s.lastSignInAt) : "–"}</td>
            <td>${s.disabled ? "gesperrt " : ""}${s.id === currentSession()?.staff?.id
              ? nothing
              : html`<button type="button" class=${s.disabled ? "secondary" : "danger"} @click=${() => this.setDisabled(s, !s.disabled)}>${s.disabled ? "Freigeben" : "Sperren"}<span class="visually-hidden">: ${s.email}</span></button>`}</td></tr>`,
        )}</tbody>
      </table></div>
      <h2>Einladen</h2>
      ${problemSummary(this.problems)}
      <form @submit=${this.invite} novalidate>
        ${textField({ name: "email", label: "E-Mail-Adresse", type: "email", required: true, problems: this.problems })}
        ${textField({ name: "name", label: "Name", problems: this.problems })}
        ${selectField({ name: "role", label: "Rolle", value: "municipality-editor", options: ROLE_OPTIONS, problems: this.problems })}
        ${textField({ name: "municipalityAgs", label: "Kommunen (AGS, durch Komma getrennt)", problems: this.problems })}
        <button type="submit">Einladung erstellen</button>
      </form>
      ${this.created
        ? html`<div class="card success"><p>Einmaliger Link für ${this.created.invitation.email} – geben Sie ihn sicher weiter:</p>
            <label for="invitation-link">Einladungslink</label><input id="invitation-link" readonly .value=${this.created.acceptUrl} /></div>`
        : nothing}
      <h2>Einladungen</h2>
      <ul class="plain">
        ${this.invitations.map(
          (i) => html`<li>${i.email} – ${INVITATION_STATE_LABELS[i.state]}, gültig bis ${formatDateTime(i.expiresAt)}${i.state === "pending"
            ? html` <button type="button" class="danger" @click=${() => this.revokeInvitation(i)}>Zurückziehen<span class="visually-hidden">: ${i.email}</span></button>`
            : nothing}</li>`,
        )}
      </ul>`;
  }

  private renderTokens() {
    return html`<h2>Schlüssel für Schnittstellen</h2>
      <ul class="plain">
        ${this.tokens.map(
          (t) => html`<li>${t.label} (${t.role}${t.municipalityAgs.length ? `, ${t.municipalityAgs.join(", ")}` : ""})${t.revokedAt
            ? html` – widerrufen`
            : html` <button type="button" class="danger" @click=${() => this.revokeToken(t)}>Widerrufen<span class="visually-hidden">: ${t.label}</span></button>`}</li>`,
        )}
      </ul>
      ${problemSummary(this.problems)}
      <form @submit=${this.createToken} novalidate>
        ${textField({ name: "label", label: "Bezeichnung", required: true, problems: this.problems })}
        ${selectField({ name: "role", label: "Rolle", value: "municipality-editor", options: ROLE_OPTIONS, problems: this.problems })}
        ${textField({ name: "municipalityAgs", label: "Kommunen (AGS, durch Komma getrennt)", problems: this.problems })}
        <button type="submit">Schlüssel erstellen</button>
      </form>
      ${this.newToken ? html`<div class="card success"><label for="new-token">Neuer Schlüssel (nur jetzt sichtbar)</label><input id="new-token" readonly .value=${this.newToken} /></div>` : nothing}`;
  }

  private renderOutbox() {
    return html`<h2>E-Mails an Angemeldete</h2>
      <p class="muted">Ohne Mailserver bleiben E-Mails hier liegen. Jeder Blick in den Postausgang wird protokolliert.</p>
      ${this.outbox.length === 0
        ? html`<p class="muted">Keine E-Mails.</p>`
        : html`<ul class="plain">${this.outbox.map((m) => html`<li class="card"><h3>${m.subject}</h3><p class="meta">An ${m.to} · ${formatDateTime(m.createdAt)} · ${m.status}</p><pre class="mail">${m.text}</pre></li>`)}</ul>`}`;
  }

  private renderAudit() {
    return html`<h2>Wer hat personenbezogene Daten angesehen?</h2>
      <div class="table-wrap"><table>
        <caption class="visually-hidden">Zugriffsprotokoll</caption>
        <thead><tr><th scope="col">Zeit</th><th scope="col">Wer</th><th scope="col">Aktion</th><th scope="col">Details</th></tr></thead>
        <tbody>${this.audit.map((a) => html`<tr><td>${formatDateTime(a.at)}</td><td>${a.actorLabel}</td><td>${a.action}</td><td>${a.detail ?? ""}</td></tr>`)}</tbody>
      </table></div>`;
  }

  override render() {
    const isAdmin = currentSession()?.role === "state-admin";
    const sections = isAdmin ? ADMIN_SECTIONS : (["postausgang"] as const);
    return html`<h1 tabindex="-1">${isAdmin ? "Landesverwaltung" : "Postausgang"}</h1>
      ${isAdmin
        ? html`<nav class="steps" aria-label="Bereiche der Landesverwaltung"><ul>
            ${sections.map((s) => html`<li><a href=${href("verwaltung", s)} aria-current=${s === this.section ? "page" : nothing}>${SECTION_LABELS[s]}</a></li>`)}
          </ul></nav>`
        : nothing}
      ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
      ${this.section === "personen" ? this.renderPeople() : nothing}
      ${this.section === "tokens" ? this.renderTokens() : nothing}
      ${this.section === "postausgang" ? this.renderOutbox() : nothing}
      ${this.section === "protokoll" ? this.renderAudit() : nothing}
      ${this.section === "statistik" ? html`<h2>Programmstatistik</h2><kfd-stats variant="full" heading-level="3" lang="de"></kfd-stats>` : nothing}`;
  }
}
