import "@kfd/widgets/stats";
import {
  createInvitationSchema,
  createTokenSchema,
  updateStaffSchema,
  type AuditEntry,
  type CreatedInvitation,
  type Invitation,
  type OutboxMessageView,
  type Staff,
  type TokenSummary,
} from "@kfd/domain";
import * as z from "zod/mini";
import { html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { api, currentSession, getJson } from "../api.js";
import { focusProblem, formValues, problemSummary, selectField, textField } from "../fields.js";
import { formatDateTime } from "../format.js";
import { currentLocale, t } from "../i18n/i18n.js";
import { roleLabel } from "../i18n/labels.js";
import { announce } from "../live.js";
import { fromError, fromIssues, type FormProblems } from "../problem.js";
import { ADMIN_SECTIONS, href, type AdminSection } from "../router.js";
import { Screen } from "../screen.js";

/** Most people invited are editors: their role comes first. */
const roleOptions = () => (["municipality-editor", "state-admin"] as const).map((role) => ({ value: role, label: roleLabel(role) }));
const agsList = (value: string): string[] => value.split(/[,\s]+/).filter(Boolean);

/** The AGS are typed into one field: a problem with the second of them ("municipalityAgs.1") belongs to that field. */
function onAgsField(problems: FormProblems): FormProblems {
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(problems.fields)) fields[path.replace(/^municipalityAgs\.\d+$/, "municipalityAgs")] ??= message;
  return { ...problems, fields };
}

/** The state administration: staff and invitations, API tokens, the outbox, the audit log, the programme's figures. */
export class KfdAdminScreen extends Screen {
  @property() section: AdminSection = "personen";
  @state() private staff: Staff[] = [];
  @state() private invitations: Invitation[] = [];
  @state() private created: CreatedInvitation | null = null;
  /** The person whose role and municipalities are being changed. */
  @state() private editing: Staff | null = null;
  @state() private editProblems: FormProblems | null = null;
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
    this.editing = null;
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
      this.problems = onAgsField(fromIssues(parsed.error.issues));
      focusProblem(this);
      return;
    }
    try {
      this.created = await api().inviteStaff(parsed.data);
      this.problems = null;
      announce(t("admin.invited", { email: this.created.invitation.email }));
      this.invitations = await api().listInvitations();
    } catch (error) {
      this.problems = onAgsField(fromError(error));
      focusProblem(this);
    }
  }

  private async edit(person: Staff): Promise<void> {
    this.editing = person;
    this.editProblems = null;
    await this.updateComplete;
    this.querySelector<HTMLElement>("#edit-staff-heading")?.focus();
  }

  private async closeEdit(person: Staff): Promise<void> {
    this.editing = null;
    this.editProblems = null;
    await this.updateComplete;
    // Back where the person started: the row's edit button.
    this.querySelector<HTMLElement>(`[data-edit="${CSS.escape(person.id)}"]`)?.focus();
  }

  private async saveEdit(e: SubmitEvent, person: Staff): Promise<void> {
    e.preventDefault();
    const v = formValues(e.target as HTMLFormElement);
    const parsed = z.safeParse(updateStaffSchema, { name: v.text("edit-name"), role: v.text("edit-role"), municipalityAgs: agsList(v.text("edit-municipalityAgs")) });
    if (!parsed.success) {
      this.editProblems = onAgsField(fromIssues(parsed.error.issues));
      focusProblem(this);
      return;
    }
    try {
      const updated = await api().updateStaff(person.id, parsed.data);
      announce(t("admin.editSaved", { name: updated.name || updated.email }));
      this.staff = await api().listStaff();
      await this.closeEdit(updated);
    } catch (error) {
      this.editProblems = onAgsField(fromError(error));
      focusProblem(this);
    }
  }

  private async createToken(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const v = formValues(e.target as HTMLFormElement);
    const parsed = z.safeParse(createTokenSchema, { label: v.text("label"), role: v.text("role"), municipalityAgs: agsList(v.text("municipalityAgs")) });
    if (!parsed.success) {
      this.problems = onAgsField(fromIssues(parsed.error.issues));
      focusProblem(this);
      return;
    }
    try {
      this.newToken = (await api().createToken(parsed.data)).token;
      this.problems = null;
      announce(t("admin.tokenCreated"));
      this.tokens = await api().listTokens();
    } catch (error) {
      this.problems = onAgsField(fromError(error));
      focusProblem(this);
    }
  }

  private async setDisabled(person: Staff, disabled: boolean): Promise<void> {
    try {
      await api().updateStaff(person.id, { disabled });
      announce(t(disabled ? "admin.accessDisabled" : "admin.accessEnabled", { name: person.name || person.email }));
      this.staff = await api().listStaff();
    } catch (error) {
      this.error = fromError(error).summary;
    }
  }

  private async revokeInvitation(i: Invitation): Promise<void> {
    await api().revokeInvitation(i.id);
    announce(t("admin.invitationRevoked", { email: i.email }));
    this.invitations = await api().listInvitations();
  }

  private async revokeToken(token: TokenSummary): Promise<void> {
    await api().revokeToken(token.tokenId);
    announce(t("admin.tokenRevoked", { label: token.label }));
    this.tokens = await api().listTokens();
  }

  private renderPersonRow(s: Staff) {
    const own = s.id === currentSession()?.staff?.id;
    return html`<tr>
      <td>${s.name}</td><td>${s.email}</td><td>${roleLabel(s.role)}</td><td>${s.municipalityAgs.join(", ") || t("admin.allMunicipalities")}</td>
      <td>${s.lastSignInAt ? formatDateTime(s.lastSignInAt) : t("common.none")}</td>
      <td>${s.disabled ? `${t("admin.disabledMark")} ` : ""}${own
        ? nothing
        : html`<button type="button" class=${s.disabled ? "secondary" : "danger"} @click=${() => this.setDisabled(s, !s.disabled)}>${t(s.disabled ? "admin.enable" : "admin.disable")}<span class="visually-hidden">: ${s.email}</span></button>`}</td>
      <td>${own
        ? nothing
        : html`<button type="button" class="secondary" data-edit=${s.id} aria-expanded=${this.editing?.id === s.id ? "true" : "false"} @click=${() => this.edit(s)}>${t("common.edit")}<span class="visually-hidden">: ${s.email}</span></button>`}</td>
    </tr>`;
  }

  /**
   * Role and municipalities after the invitation; one's own role is not offered (the server
   * refuses it too). The fields' names differ from the invitation form's below, whose ids they
   * would otherwise share; `path` maps the API's problems onto them.
   */
  private renderEdit(person: Staff) {
    return html`<section class="card" aria-labelledby="edit-staff-heading">
      <h3 id="edit-staff-heading" tabindex="-1">${t("admin.editHeading", { name: person.name || person.email })}</h3>
      <p class="hint">${t("admin.editHint")}</p>
      ${problemSummary(this.editProblems)}
      <form @submit=${(e: SubmitEvent) => this.saveEdit(e, person)} novalidate>
        ${textField({ name: "edit-name", path: "name", label: t("admin.name"), value: person.name, problems: this.editProblems })}
        ${selectField({ name: "edit-role", path: "role", label: t("admin.role"), value: person.role, options: roleOptions(), problems: this.editProblems })}
        ${textField({ name: "edit-municipalityAgs", path: "municipalityAgs", label: t("admin.municipalities"), value: person.municipalityAgs.join(", "), problems: this.editProblems })}
        <div class="actions">
          <button type="submit">${t("common.save")}</button>
          <button type="button" class="secondary" @click=${() => this.closeEdit(person)}>${t("common.cancel")}</button>
        </div>
      </form>
    </section>`;
  }

  private renderPeople() {
    return html`<h2>${t("admin.people")}</h2>
      <div class="table-wrap"><table>
        <caption class="visually-hidden">${t("admin.peopleCaption")}</caption>
        <thead><tr>
          <th scope="col">${t("admin.name")}</th><th scope="col">${t("admin.email")}</th><th scope="col">${t("admin.role")}</th>
          <th scope="col">${t("admin.municipalitiesColumn")}</th><th scope="col">${t("admin.lastSignIn")}</th><th scope="col">${t("admin.access")}</th>
          <th scope="col">${t("common.actions")}</th>
        </tr></thead>
        <tbody>${this.staff.map((s) => this.renderPersonRow(s))}</tbody>
      </table></div>
      ${this.editing ? this.renderEdit(this.editing) : nothing}
      <h2>${t("admin.invite")}</h2>
      ${problemSummary(this.problems)}
      <form @submit=${this.invite} novalidate>
        ${textField({ name: "email", label: t("account.email"), type: "email", required: true, problems: this.problems })}
        ${textField({ name: "name", label: t("admin.name"), problems: this.problems })}
        ${selectField({ name: "role", label: t("admin.role"), value: "municipality-editor", options: roleOptions(), problems: this.problems })}
        ${textField({ name: "municipalityAgs", label: t("admin.municipalities"), problems: this.problems })}
        <button type="submit">${t("admin.inviteSubmit")}</button>
      </form>
      ${this.created
        ? html`<div class="card success"><p>${t("admin.inviteLink", { email: this.created.invitation.email })}</p>
            <label for="invitation-link">${t("admin.invitationLink")}</label><input id="invitation-link" readonly .value=${this.created.acceptUrl} /></div>`
        : nothing}
      <h2>${t("admin.invitations")}</h2>
      <ul class="plain">
        ${this.invitations.map(
          (i) => html`<li>${t("admin.invitationLine", { email: i.email, state: t(`invitationState.${i.state}`), until: formatDateTime(i.expiresAt) })}${i.state === "pending"
            ? html` <button type="button" class="danger" @click=${() => this.revokeInvitation(i)}>${t("admin.revokeInvitation")}<span class="visually-hidden">: ${i.email}</span></button>`
            : nothing}</li>`,
        )}
      </ul>`;
  }

  private renderTokens() {
    return html`<h2>${t("admin.tokensHeading")}</h2>
      <ul class="plain">
        ${this.tokens.map(
          (token) => html`<li>${token.label} (${roleLabel(token.role)}${token.municipalityAgs.length ? `, ${token.municipalityAgs.join(", ")}` : ""})${token.revokedAt
            ? html` – ${t("admin.tokenRevokedMark")}`
            : html` <button type="button" class="danger" @click=${() => this.revokeToken(token)}>${t("admin.revokeToken")}<span class="visually-hidden">: ${token.label}</span></button>`}</li>`,
        )}
      </ul>
      ${problemSummary(this.problems)}
      <form @submit=${this.createToken} novalidate>
        ${textField({ name: "label", label: t("admin.tokenLabel"), required: true, problems: this.problems })}
        ${selectField({ name: "role", label: t("admin.role"), value: "municipality-editor", options: roleOptions(), problems: this.problems })}
        ${textField({ name: "municipalityAgs", label: t("admin.municipalities"), problems: this.problems })}
        <button type="submit">${t("admin.tokenSubmit")}</button>
      </form>
      ${this.newToken ? html`<div class="card success"><label for="new-token">${t("admin.newToken")}</label><input id="new-token" readonly .value=${this.newToken} /></div>` : nothing}`;
  }

  private renderOutbox() {
    const isAdmin = currentSession()?.role === "state-admin";
    return html`<h2>${t(isAdmin ? "admin.outboxHeadingWithStaff" : "admin.outboxHeading")}</h2>
      <p class="muted">${t("admin.outboxNote")}${isAdmin ? ` ${t("admin.outboxStaffNote")}` : ""}</p>
      ${this.outbox.length === 0
        ? html`<p class="muted">${t("admin.outboxEmpty")}</p>`
        : html`<ul class="plain">${this.outbox.map(
            (m) => html`<li class="card"><h3>${m.subject}</h3><p class="meta">${t("admin.outboxMeta", { to: m.to, created: formatDateTime(m.createdAt), status: t(`outboxStatus.${m.status}`) })}</p><pre class="mail">${m.text}</pre></li>`,
          )}</ul>`}`;
  }

  private renderAudit() {
    return html`<h2>${t("admin.auditHeading")}</h2>
      <div class="table-wrap"><table>
        <caption class="visually-hidden">${t("admin.auditCaption")}</caption>
        <thead><tr><th scope="col">${t("admin.auditTime")}</th><th scope="col">${t("admin.auditWho")}</th><th scope="col">${t("admin.auditAction")}</th><th scope="col">${t("admin.auditDetail")}</th></tr></thead>
        <tbody>${this.audit.map((a) => html`<tr><td>${formatDateTime(a.at)}</td><td>${a.actorLabel}</td><td>${t(`auditAction.${a.action}`)}</td><td>${a.detail ?? ""}</td></tr>`)}</tbody>
      </table></div>`;
  }

  override render() {
    const isAdmin = currentSession()?.role === "state-admin";
    const sections = isAdmin ? ADMIN_SECTIONS : (["postausgang"] as const);
    return html`<h1 tabindex="-1">${t(isAdmin ? "admin.title" : "admin.outboxTitle")}</h1>
      ${isAdmin
        ? html`<nav class="steps" aria-label=${t("admin.sections")}><ul>
            ${sections.map((s) => html`<li><a href=${href("verwaltung", s)} aria-current=${s === this.section ? "page" : nothing}>${t(`admin.section.${s}`)}</a></li>`)}
          </ul></nav>`
        : nothing}
      ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
      ${this.section === "personen" ? this.renderPeople() : nothing}
      ${this.section === "tokens" ? this.renderTokens() : nothing}
      ${this.section === "postausgang" ? this.renderOutbox() : nothing}
      ${this.section === "protokoll" ? this.renderAudit() : nothing}
      ${this.section === "statistik" ? html`<h2>${t("admin.statsHeading")}</h2><kfd-stats variant="full" heading-level="3" lang=${currentLocale()}></kfd-stats>` : nothing}`;
  }
}
