import type { OutboxMessage } from "@kfd/db";
import { directionOf, EVENT_TIME_ZONE, type Locale, type PublicEvent, type RegistrantMailKind } from "@kfd/domain";
import { eventIcs } from "../calendar/event-ics.js";
import { html } from "../embed/html.js";
import { MAIL_TEXTS } from "./mail-texts.js";

export interface RenderedMail {
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  /** Stable per outbox message: should a message ever go out twice, mail clients can tell it is the same one. */
  messageId: string;
  attachments: { filename: string; content: string; contentType: string }[];
}

/** A seat is (or was) held: the calendar file helps; on the waitlist it would mislead. */
const WITH_CALENDAR: ReadonlySet<RegistrantMailKind> = new Set(["confirmation", "promoted", "reminder", "event-cancelled"]);

/** Where the registrant sees, cancels and erases their registration: a page of the API itself. */
export function selfServiceUrl(publicUrl: string, cancelToken: string): string {
  return `${publicUrl}/my-registration/${encodeURIComponent(cancelToken)}`;
}

export function formatEventTime(event: Pick<PublicEvent, "startsAt" | "endsAt">, locale: Locale): string {
  const format = new Intl.DateTimeFormat(locale, { timeZone: EVENT_TIME_ZONE, dateStyle: "full", timeStyle: "short" });
  return format.formatRange(new Date(event.startsAt), new Date(event.endsAt));
}

function placeOf(event: PublicEvent, online: string): string {
  const venue = event.venue ? [event.venue.name, event.venue.address].filter((t) => t.trim() !== "").join(", ") : "";
  const remote = event.format === "in-person" ? "" : [online, event.onlineUrl].filter(Boolean).join(" ");
  return [venue, remote].filter((t) => t !== "").join(" · ");
}

/** One outbox message as the registrant gets it, in their language: plain text, simple HTML, the calendar file. */
export function renderMail(kind: RegistrantMailKind, message: OutboxMessage, event: PublicEvent, options: { publicUrl: string; now: Date }): RenderedMail {
  const t = MAIL_TEXTS[message.locale];
  const values = {
    name: message.recipientName,
    title: event.title,
    when: formatEventTime(event, message.locale),
    ...(message.payload.waitlistPosition !== undefined ? { position: message.payload.waitlistPosition } : {}),
    ...(message.payload.reason !== undefined ? { reason: message.payload.reason } : {}),
  };
  const place = placeOf(event, t.online);
  const link = message.payload.cancelToken ? selfServiceUrl(options.publicUrl, message.payload.cancelToken) : undefined;
  const facts: [string, string][] = [[t.when, values.when], ...(place ? ([[t.where, place]] as [string, string][]) : []), ...(values.reason ? ([[t.reason, values.reason]] as [string, string][]) : [])];
  const attach = WITH_CALENDAR.has(kind);
  const closing = `${t.closing}\n${event.municipalityName} – ${event.dialogueTitle}`;

  const text = [
    t.greeting(values.name),
    t.lead[kind](values),
    facts.map(([label, value]) => `${label}: ${value}`).join("\n"),
    link ? `${t.manage}\n${link}` : t.manageElsewhere,
    ...(attach ? [t.calendar] : []),
    t.privacy,
    closing,
  ].join("\n\n");

  const dir = directionOf(message.locale);
  const body = html`<!doctype html>
<html lang="${message.locale}" dir="${dir}">
<head><meta charset="utf-8"><title>${t.subject[kind](values)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 40em;">
<p>${t.greeting(values.name)}</p>
<p>${t.lead[kind](values)}</p>
<table role="presentation">${facts.map(([label, value]) => html`<tr><th scope="row" style="text-align: start; padding-inline-end: 1em;">${label}</th><td>${value}</td></tr>`)}</table>
${link ? html`<p>${t.manage}<br><a href="${link}">${link}</a></p>` : html`<p>${t.manageElsewhere}</p>`}
${attach ? html`<p>${t.calendar}</p>` : ""}
<p>${t.privacy}</p>
<p>${t.closing}<br>${event.municipalityName} – ${event.dialogueTitle}</p>
</body>
</html>`;

  return {
    to: { name: message.recipientName, address: message.recipientEmail },
    subject: t.subject[kind](values),
    text,
    html: body.__html,
    messageId: `<${message.id}@kfd>`,
    attachments: attach ? [{ filename: "veranstaltung.ics", content: eventIcs(event, { now: options.now }), contentType: "text/calendar; charset=utf-8; method=PUBLISH" }] : [],
  };
}
