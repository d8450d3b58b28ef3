import type { OutboxMessage } from "@kfd/db";
import { EVENT_TIME_ZONE, type Role, type StaffMailKind } from "@kfd/domain";
import { html } from "../embed/html.js";
import { invitationUrl, passwordResetUrl } from "../staff/staff-links.js";
import type { RenderedMail } from "./render-mail.js";

const CONSOLE = "Konsole der Kommunalen Flüchtlingsdialoge";

const ROLE_LABELS: Record<Role, string> = { "state-admin": "Landesverwaltung", "municipality-editor": "Redaktion einer Kommune" };

/** Shown instead of the link wherever someone other than the recipient reads the message. */
export const REDACTED_LINK = "[Link ausgeblendet – nur die Empfängerin oder der Empfänger erhält ihn]";

const formatInstant = (iso: string) => new Intl.DateTimeFormat("de-DE", { timeZone: EVENT_TIME_ZONE, dateStyle: "full", timeStyle: "short" }).format(new Date(iso));

interface StaffMailParts {
  subject: string;
  lead: string;
  facts: [string, string][];
  /** Above the link. */
  action: string;
  /** Below the link: what to do when the message was not expected. */
  notExpected: string;
}

function partsOf(kind: StaffMailKind, message: OutboxMessage): StaffMailParts {
  const p = message.payload;
  const until = p.expiresAt ? formatInstant(p.expiresAt) : "";
  if (kind === "staff-invitation") {
    return {
      subject: `Einladung zur ${CONSOLE}`,
      lead: `${p.invitedBy ?? "Die Landesverwaltung"} hat Sie zur ${CONSOLE} eingeladen.`,
      facts: [
        ["Rolle", p.role ? ROLE_LABELS[p.role] : ""],
        ...(p.municipalityNames?.length ? ([["Kommunen", p.municipalityNames.join(", ")]] as [string, string][]) : []),
        ["Gültig bis", until],
      ],
      action: "Über diesen Link wählen Sie Ihr Passwort und sind dann angemeldet. Er funktioniert nur einmal:",
      notExpected: "Wenn Sie diese Einladung nicht erwartet haben, können Sie die E-Mail einfach löschen.",
    };
  }
  return {
    subject: `Neues Passwort für die ${CONSOLE}`,
    lead: `Für Ihren Zugang (${message.recipientEmail}) wurde ein neues Passwort angefordert.`,
    facts: [["Gültig bis", until]],
    action: "Über diesen Link wählen Sie ein neues Passwort. Er funktioniert nur einmal, und alle bisherigen Anmeldungen enden dann:",
    notExpected: "Wenn Sie kein neues Passwort angefordert haben, können Sie die E-Mail einfach löschen: Ihr bisheriges Passwort bleibt gültig.",
  };
}

/**
 * An e-mail to a staff account, in German like the console. `redact` blanks the one-time link
 * out, for everyone who reads the outbox instead of the recipient's mailbox.
 */
export function renderStaffMail(kind: StaffMailKind, message: OutboxMessage, options: { publicUrl: string; redact: boolean }): RenderedMail {
  const parts = partsOf(kind, message);
  const token = message.payload.accountToken;
  const link = options.redact || !token ? REDACTED_LINK : kind === "staff-invitation" ? invitationUrl(options.publicUrl, token) : passwordResetUrl(options.publicUrl, token);
  const greeting = message.recipientName ? `Hallo ${message.recipientName},` : "Guten Tag,";
  const closing = `Viele Grüße\n${CONSOLE}`;
  const text = [greeting, parts.lead, parts.facts.map(([label, value]) => `${label}: ${value}`).join("\n"), `${parts.action}\n${link}`, parts.notExpected, closing].join("\n\n");
  const body = html`<!doctype html>
<html lang="de" dir="ltr">
<head><meta charset="utf-8"><title>${parts.subject}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 40em;">
<p>${greeting}</p>
<p>${parts.lead}</p>
<table role="presentation">${parts.facts.map(([label, value]) => html`<tr><th scope="row" style="text-align: start; padding-inline-end: 1em;">${label}</th><td>${value}</td></tr>`)}</table>
<p>${parts.action}<br>${link === REDACTED_LINK ? link : html`<a href="${link}">${link}</a>`}</p>
<p>${parts.notExpected}</p>
<p>Viele Grüße<br>${CONSOLE}</p>
</body>
</html>`;
  return {
    to: { name: message.recipientName, address: message.recipientEmail },
    subject: parts.subject,
    text,
    html: body.__html,
    messageId: `<${message.id}@kfd>`,
    attachments: [],
  };
}
