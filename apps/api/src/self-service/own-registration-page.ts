import { directionOf, EVENT_TIME_ZONE, type Locale, type OwnRegistration } from "@kfd/domain";
import { html, type SafeHtml } from "../embed/html.js";
import { formatEventTime } from "../mail/render-mail.js";
import { PAGE_TEXTS } from "./page-texts.js";

const formatDate = (iso: string, locale: Locale) => new Intl.DateTimeFormat(locale, { timeZone: EVENT_TIME_ZONE, dateStyle: "long" }).format(new Date(iso));

function needsOf(r: OwnRegistration): string {
  return [r.interpreting ?? "", r.childcare ? `${r.childcare.children}${r.childcare.ages ? ` (${r.childcare.ages})` : ""}` : "", r.accessibilityNeeds ?? ""]
    .filter((t) => t !== "")
    .join("; ");
}

/**
 * The registrant's own page behind the link in their e-mails: what is stored, until when,
 * and two buttons. Plain forms, no script: it works under the strict page CSP and in any browser.
 */
export function ownRegistrationPage(r: OwnRegistration, token: string, notice?: string): SafeHtml {
  const t = PAGE_TEXTS[r.language];
  const base = `/my-registration/${encodeURIComponent(token)}`;
  const rows: [string, string][] = [
    [t.event, `${r.event.title} — ${formatEventTime(r.event, r.language)} (${r.event.municipalityName})`],
    ["Status", r.waitlistPosition !== null ? t.waitlistPlace(r.waitlistPosition) : t.status[r.status]],
    ...(r.name !== null ? ([[t.name, r.name]] as [string, string][]) : []),
    ...(r.email !== null ? ([[t.email, r.email]] as [string, string][]) : []),
    ...(needsOf(r) ? ([[t.needs, needsOf(r)]] as [string, string][]) : []),
  ];
  return html`<!doctype html>
<html lang="${r.language}" dir="${directionOf(r.language)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${t.title}</title></head>
<body>
<main>
<h1>${t.title}</h1>
${notice ? html`<p role="status">${notice}</p>` : ""}
<h2>${t.stored}</h2>
<dl>${rows.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>
<p>${r.personalDataErasedAt ? t.erased(formatDate(r.personalDataErasedAt, r.language)) : r.erasureDueAt ? t.erasureDue(formatDate(r.erasureDueAt, r.language)) : ""}</p>
${r.status !== "cancelled" ? html`<form method="post" action="${base}/cancel"><button type="submit">${t.cancel}</button></form>` : ""}
${r.personalDataErasedAt === null ? html`<form method="post" action="${base}/erase"><p>${t.eraseExplained}</p><button type="submit">${t.erase}</button></form>` : ""}
</main>
</body>
</html>`;
}

export function notFoundPage(): SafeHtml {
  const t = PAGE_TEXTS.de;
  return html`<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${t.title}</title></head><body><main><h1>${t.title}</h1><p>${t.notFound}</p><p lang="en">${PAGE_TEXTS.en.notFound}</p></main></body></html>`;
}
