import { readFileSync } from "node:fs";
import { ANALYSIS_QUESTION_LABELS } from "@kfd/domain";
import { getSteckbrief } from "@kfd/sdk";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, openConsolePage, screenshot, signInByKeyboard, waitForHeading } from "./console-page.js";
import { EDITOR, STATE_ADMIN, startConsoleStack, type ConsoleStack } from "./harness.js";

let stack: ConsoleStack;
let context: BrowserContext;
let page: Page;
let consoleErrors: string[];
let failedResponses: string[];
/** What the walk creates, handed from one step to the next. */
const walk = { dialogueId: "", eventId: "", title: "Zusammenleben in Musterhausen-Tübingen" };
const IDEA = "Ein Patenschaftsprogramm für neu zugezogene Familien aufbauen.";

const live = () => page.locator("#kfd-live");

const shot = (name: string) => screenshot(page, name);

beforeAll(async () => {
  stack = await startConsoleStack();
  ({ context, page, consoleErrors, failedResponses } = await openConsolePage(stack));
});

afterAll(async () => {
  await stack?.close();
});

describe("the municipal workspace, walked end to end in Chromium", () => {
  it("sends a visitor without a session to sign-in, checks the form with the domain's rules, and signs in by keyboard alone", async () => {
    await page.goto(`${stack.api}/admin/`);
    await waitForHeading(page, "Anmelden");
    expect(new URL(page.url()).pathname).toBe("/admin/anmelden");
    await expectAccessible(page, "sign-in");
    await shot("01-anmelden");

    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.getByRole("alert").waitFor();
    expect(await page.getByLabel("E-Mail-Adresse").getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "sign-in with errors");

    await page.reload();
    await waitForHeading(page, "Anmelden");
    await signInByKeyboard(page, EDITOR);
    await waitForHeading(page, "Meine Dialoge");
    // Focus moves to the new screen's heading, so a screen reader announces where the user is.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    await expect.poll(() => page.getByRole("banner").textContent()).toContain(EDITOR.name);
    await expectAccessible(page, "dashboard");
    await shot("02-meine-dialoge");
  });

  it("prepares a dialogue: Grunddaten, analysis, a method template with its Musterablauf, checklist and milestones", async () => {
    await page.getByRole("main").getByRole("link", { name: "Neuen Dialog anlegen" }).click();
    await waitForHeading(page, "Neuen Dialog anlegen");
    await page.getByLabel("Titel").fill(walk.title);
    // An editor of one municipality is not asked which: the form names it.
    await page.getByText("Kommune: Tübingen (Stadt)").waitFor();
    await page.getByLabel("Anlass").fill("Seit dem Frühjahr leben 120 Geflüchtete in der neuen Unterkunft am Stadtrand.");
    await page.getByLabel("Gemeinschaft & Nachbarschaft").check();
    await page.getByLabel("Kindergarten & Schule").check();
    await page.getByLabel("Geflüchtete", { exact: true }).check();
    await page.getByLabel("Ehrenamt").check();
    await expectAccessible(page, "new dialogue");
    await page.getByRole("button", { name: "Dialog anlegen" }).click();
    await waitForHeading(page, walk.title);
    const path = new URL(page.url()).pathname;
    expect(path).toMatch(/^\/admin\/dialoge\/[^/]+\/vorbereitung$/);
    walk.dialogueId = path.split("/")[3]!;

    await page.getByLabel(ANALYSIS_QUESTION_LABELS.situation).fill("Gute Ehrenamtsstrukturen, aber kaum Kontakt zwischen Alteingesessenen und Neuzugezogenen.");
    await page.getByRole("button", { name: "Analyse speichern" }).click();
    await expect.poll(() => live().textContent()).toBe("Analyse gespeichert.");

    await page.getByLabel("Vorlage").selectOption("zukunftswerkstatt");
    await expect.poll(() => page.locator("ol.agenda li").count()).toBeGreaterThan(3);
    await page.getByRole("button", { name: /Vorlage „Zukunftswerkstatt“ übernehmen/ }).click();
    const items = page.locator("ul.checklist input[type=checkbox]");
    await expect.poll(() => items.count()).toBeGreaterThan(4);
    await expect.poll(() => page.locator("ul.checklist").textContent()).toContain("Kinderbetreuung");
    await items.first().check();
    await expect.poll(() => page.locator("#checklist-heading").textContent()).toMatch(/\(1 von \d+ erledigt\)/);

    await page.getByLabel("Eigener Punkt").fill("Tischdecken und Stifte für die Thementische besorgen");
    await page.getByRole("button", { name: "Punkt hinzufügen" }).click();
    await page.getByLabel("Tischdecken und Stifte für die Thementische besorgen").waitFor();

    await page.getByLabel("Neuer Meilenstein").fill("Einladungen in fünf Sprachen verschickt");
    await page.getByLabel("Fällig am").fill("2026-11-28");
    await page.getByRole("button", { name: "Meilenstein hinzufügen" }).click();
    await page.getByLabel(/Einladungen in fünf Sprachen verschickt/).waitFor();

    // What the screen shows is what the server kept.
    await page.reload();
    await waitForHeading(page, walk.title);
    await expect.poll(() => page.locator("#checklist-heading").textContent()).toMatch(/\(1 von \d+ erledigt\)/);
    expect(await page.getByLabel(ANALYSIS_QUESTION_LABELS.situation).inputValue()).toContain("Ehrenamtsstrukturen");
    await expectAccessible(page, "preparation");
    await shot("03-vorbereitung");
  });

  it("creates, edits and cancels events in the Durchführung step", async () => {
    await page.getByRole("link", { name: "2. Durchführung" }).click();
    await page.getByRole("heading", { name: "Neue Veranstaltung" }).waitFor();
    await page.getByLabel("Titel").fill("Zukunftswerkstatt im Bürgerhaus");
    await page.getByLabel("Beginn").fill("2026-12-05T18:00");
    await page.getByLabel("Ende").fill("2026-12-05T20:30");
    await page.getByLabel("Ort (Name)").fill("Bürgerhaus");
    await page.getByLabel("Plätze").fill("30");
    await page.getByLabel("Verdolmetschung in").fill("ar, fa");
    await page.getByLabel("Kinderbetreuung").check();
    await page.getByRole("button", { name: "Veranstaltung anlegen" }).click();
    const link = page.getByRole("link", { name: "Zukunftswerkstatt im Bürgerhaus" });
    await link.waitFor();
    walk.eventId = (await link.getAttribute("href"))!.split("/").pop()!;
    await expect.poll(() => page.locator(".event-list").textContent()).toContain("0 von 30 Plätzen belegt");

    const first = page.locator(".event-list > li", { hasText: "Zukunftswerkstatt im Bürgerhaus" });
    await first.getByRole("button", { name: "Bearbeiten" }).click();
    await page.getByRole("heading", { name: "Veranstaltung bearbeiten: Zukunftswerkstatt im Bürgerhaus" }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("event-form-heading");
    expect(await page.getByLabel("Beginn").inputValue()).toBe("2026-12-05T18:00");
    await page.getByLabel("Plätze").fill("32");
    await page.getByLabel("Geflüchtete").fill("40");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    // Reserved seats beyond the capacity: the domain's rule refuses it in the form already.
    expect(await page.getByLabel("Geflüchtete").getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => page.locator("#quotas-error").textContent()).toContain("40");
    await expectAccessible(page, "event form with a quota error");
    await page.getByLabel("Geflüchtete").fill("10");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect.poll(() => first.textContent()).toContain("0 von 32 Plätzen belegt");

    await page.getByLabel("Titel").fill("Frauendialog am Vormittag");
    await page.getByLabel("Beginn").fill("2026-12-09T10:00");
    await page.getByLabel("Ende").fill("2026-12-09T09:00");
    await page.getByRole("button", { name: "Veranstaltung anlegen" }).click();
    // The domain's event rules run in the form before the server sees it.
    expect(await page.getByLabel("Ende").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("Ende").fill("2026-12-09T12:00");
    await page.getByRole("button", { name: "Veranstaltung anlegen" }).click();
    const second = page.locator(".event-list > li", { hasText: "Frauendialog am Vormittag" });
    await second.waitFor();
    expect(await page.getByLabel("Titel").inputValue()).toBe("");
    expect(await page.getByLabel("Plätze").inputValue()).toBe("40");
    await second.getByRole("button", { name: "Absagen" }).click();
    const cancelDialog = page.getByRole("dialog");
    await cancelDialog.getByText("Noch ist niemand angemeldet").waitFor();
    await cancelDialog.getByLabel("Grund der Absage").fill("Der Raum ist doppelt belegt.");
    await cancelDialog.getByRole("button", { name: "Absagen und benachrichtigen" }).click();
    await second.getByText("abgesagt").waitFor();
    expect(await second.getByRole("button", { name: "Absagen" }).count()).toBe(0);
    await expectAccessible(page, "events");
    await shot("04-veranstaltungen");
  });

  it("receives a registration through the embedded form on the municipality's own site", async () => {
    const hostPage = await context.newPage();
    await hostPage.goto(
      stack.hostPage(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Stadt Tübingen – Anmeldung</title>
<script type="module" src="${stack.api}/widgets/registration-form.js"></script></head>
<body><main><h1>Zukunftswerkstatt</h1><kfd-registration-form api="${stack.api}" event="${walk.eventId}"></kfd-registration-form></main></body></html>`),
    );
    const form = hostPage.locator("kfd-registration-form");
    await expect.poll(() => form.locator("#event-title").textContent()).toBe("Zukunftswerkstatt im Bürgerhaus");
    await form.getByLabel("Name").fill("Olena Kovalenko");
    await form.getByLabel("E-Mail-Adresse").fill("olena@example.org");
    await form.getByLabel("Ich komme als …").selectOption("gefluechtete");
    await form.getByLabel(/Dolmetscherin/).check();
    await form.getByLabel("In welche Sprache?").selectOption("fa");
    await form.getByLabel(/Kinderbetreuung\./).check();
    await form.getByLabel("Wie viele Kinder?").fill("2");
    await form.getByLabel(/Ich bin einverstanden/).check();
    await form.getByRole("button", { name: /Verbindlich anmelden/ }).click();
    await form.getByText("Sie sind angemeldet.").waitFor();
    await hostPage.close();
  });

  it("shows the registration with the needs summed up, exports the CSV and checks the person in at the door", async () => {
    await page.reload();
    await page.getByRole("link", { name: "Zukunftswerkstatt im Bürgerhaus" }).click();
    await waitForHeading(page, "Zukunftswerkstatt im Bürgerhaus");
    await page.getByRole("cell", { name: "Olena Kovalenko", exact: true }).waitFor();
    const needs = page.locator("#needs-heading + dl");
    await expect.poll(() => needs.locator("div", { hasText: "Kinder zu betreuen" }).locator("dd").textContent()).toBe("2");
    await expect.poll(() => needs.locator("div", { hasText: "Verdolmetschung Persisch" }).locator("dd").textContent()).toBe("1");
    await expect.poll(() => needs.locator("div", { hasText: "Bestätigt" }).locator("dd").textContent()).toBe("1 von 32");
    await expectAccessible(page, "event");
    await shot("05-anmeldungen-und-bedarfe");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Als CSV exportieren" }).click()]);
    const csvPath = await download.path();
    expect(readFileSync(csvPath, "utf8")).toContain("Olena Kovalenko");

    await page.locator("ul.checkin").getByLabel(/Olena Kovalenko/).check();
    await expect.poll(() => page.locator("#checkin-heading").textContent()).toContain("(1 anwesend)");
    await expect.poll(() => live().textContent()).toContain("Olena Kovalenko: anwesend");
    await page.reload();
    await waitForHeading(page, "Zukunftswerkstatt im Bürgerhaus");
    await page.locator("ul.checkin").getByLabel(/Olena Kovalenko/).waitFor();
    expect(await page.locator("ul.checkin").getByLabel(/Olena Kovalenko/).isChecked()).toBe(true);
    await shot("06-einlassliste");

    // The registrant's confirmation, readable in the outbox while no mail server is set up.
    await page.getByRole("link", { name: "Postausgang" }).click();
    await waitForHeading(page, "Postausgang");
    await page.locator("main li", { hasText: "olena@example.org" }).first().waitFor();
    expect(await page.getByRole("navigation", { name: "Bereiche der Landesverwaltung" }).count()).toBe(0);
    await expectAccessible(page, "outbox of an editor");
    await page.goBack();
    await waitForHeading(page, "Zukunftswerkstatt im Bürgerhaus");
  });

  it("records results, turns an idea into a measure in one step and updates its progress with a reason", async () => {
    await page.getByRole("link", { name: /Zurück zu den Veranstaltungen/ }).click();
    await page.getByRole("link", { name: "3. Ergebnisse & Umsetzung" }).click();
    await page.getByRole("heading", { name: "Ergebnisse", exact: true }).waitFor();

    await page.getByLabel("Art").selectOption("situation");
    await page.getByLabel("Thema").selectOption("gemeinschaft-nachbarschaft");
    await page.getByRole("textbox", { name: "Ergebnis", exact: true }).fill("Es gibt kaum Orte, an denen sich Alt und Neu begegnen.");
    await page.getByRole("button", { name: "Ergebnis erfassen" }).click();
    await expect.poll(() => live().textContent()).toBe("Ergebnis erfasst: Aktuelle Situation");

    await page.getByLabel("Art").selectOption("idee");
    await page.getByRole("textbox", { name: "Ergebnis", exact: true }).fill(IDEA);
    await page.getByRole("button", { name: "Ergebnis erfassen" }).click();
    await page.locator("ul.results li", { hasText: IDEA }).getByRole("button", { name: /Als Maßnahme übernehmen/ }).click();
    const row = page.locator("table.measures tbody tr", { hasText: IDEA });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain("Geplant");
    // The link is kept: the idea now says it is a measure and offers no second one.
    await page.locator("ul.results li", { hasText: IDEA }).getByText("ist Maßnahme").waitFor();

    await row.getByRole("button", { name: /Bearbeiten/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByLabel("Status").selectOption("in-progress");
    await dialog.getByLabel("Fortschritt in Prozent").fill("40");
    await dialog.getByLabel("Verantwortlich (Rolle)").fill("Integrationsbeauftragte");
    await dialog.getByLabel("Fällig am").fill("2027-03-31");
    await dialog.getByRole("button", { name: "Speichern" }).click();
    // No reason, no change: the domain's schema says so before the server has to.
    expect(await dialog.getByLabel("Grund der Änderung").getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "measure dialog with an error");
    await dialog.getByLabel("Grund der Änderung").fill("Erste fünf Patenschaften vermittelt");
    await shot("07-massnahme-bearbeiten");
    await dialog.getByRole("button", { name: "Speichern" }).click();
    await expect.poll(() => row.textContent()).toContain("40 %");
    await expect.poll(() => row.textContent()).toContain("In Umsetzung");
    await expect.poll(() => row.textContent()).toContain("Integrationsbeauftragte");
    // Focus returns to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-edit"))).toBeTruthy();

    await row.getByRole("button", { name: /Bearbeiten/ }).click();
    await expect.poll(() => page.getByRole("dialog").locator("ol.history").textContent()).toContain("Erste fünf Patenschaften vermittelt");
    await page.getByRole("dialog").getByRole("button", { name: "Abbrechen" }).click();
    await expectAccessible(page, "results");
    await shot("08-massnahmenkatalog");
  });

  it("changes the phase only along the allowed transitions", async () => {
    expect(await page.getByRole("button", { name: /Wechseln zu/ }).allTextContents()).toEqual(["Wechseln zu: Durchführung"]);
    await page.getByRole("button", { name: "Wechseln zu: Durchführung" }).click();
    await expect.poll(() => page.locator("p.meta").textContent()).toContain("Phase: Durchführung");
    await page.getByRole("button", { name: "Wechseln zu: Ergebnisse & Umsetzung" }).click();
    await expect.poll(() => page.locator("p.meta").textContent()).toContain("Phase: Ergebnisse & Umsetzung");
    expect(await page.getByRole("button", { name: /Wechseln zu/ }).allTextContents()).toEqual(["Wechseln zu: Durchführung", "Wechseln zu: Abgeschlossen"]);
  });

  it("previews the Steckbrief with the card, publishes it, and the public card shows the measure's progress", async () => {
    await page.getByRole("link", { name: "Steckbrief", exact: true }).click();
    await page.getByRole("heading", { name: "Vorschau" }).waitFor();
    const card = page.locator("kfd-steckbrief-card");
    await expect.poll(() => card.locator("progress").evaluate((p: HTMLProgressElement) => p.value).catch(() => -1), { timeout: 10_000 }).toBe(40);
    await page.getByRole("textbox", { name: "Ergebnisse in Kürze" }).fill("Drei Thementische, zwölf Ideen, ein Patenschaftsprogramm.");
    await page.getByRole("button", { name: "Angaben speichern" }).click();
    await expect.poll(() => live().textContent()).toContain("Öffentliche Angaben gespeichert");
    await expect.poll(() => card.locator("[part=base]").first().innerText()).toContain("Drei Thementische, zwölf Ideen");
    // Empty optional fields leave no trace in the card (no stray "false").
    expect(await card.locator(".base, [part=base]").first().innerText()).not.toMatch(/\bfalse\b/);
    await page.getByRole("button", { name: "Steckbrief veröffentlichen" }).click();
    await expect.poll(() => live().textContent()).toBe("Der Steckbrief ist veröffentlicht.");
    await page.getByText("Der Steckbrief ist öffentlich sichtbar.").waitFor();
    expect(await page.getByLabel("Steckbrief-Karte").inputValue()).toContain("kfd-steckbrief-card");
    expect(await page.getByLabel("Anmeldeformular: Zukunftswerkstatt im Bürgerhaus").inputValue()).toContain(walk.eventId);
    await expectAccessible(page, "steckbrief");
    await shot("09-steckbrief-vorschau-und-einbetten");

    const published = await getSteckbrief({ baseUrl: stack.api }, walk.dialogueId);
    expect(published.measures.total).toBe(1);
    expect(published.measures.overallProgress).toBe(40);

    // The iframe page the embed snippet points at, rendered by the server.
    const publicPage = await context.newPage();
    await publicPage.goto(`${stack.api}/embed/steckbrief/${published.dialogue.slug}`);
    expect(await publicPage.locator("progress").first().getAttribute("value")).toBe("40");
    await expect.poll(() => publicPage.locator(".progress-text").first().textContent()).toMatch(/0 von 1 Maßnahmen umgesetzt, 40\s?%/);
    await screenshot(publicPage, "10-oeffentliche-karte");

    // And the widget on the municipality's own site.
    await publicPage.goto(
      stack.hostPage(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Stadt Tübingen – Steckbrief</title>
<script type="module" src="${stack.api}/widgets/steckbrief-card.js"></script></head>
<body><main><kfd-steckbrief-card api="${stack.api}" dialogue="${published.dialogue.slug}"></kfd-steckbrief-card></main></body></html>`),
    );
    const widget = publicPage.locator("kfd-steckbrief-card");
    await expect.poll(() => widget.locator("progress").evaluate((p: HTMLProgressElement) => p.value).catch(() => -1), { timeout: 10_000 }).toBe(40);
    await expect.poll(() => widget.locator(".progress-text").textContent()).toMatch(/0 von 1 Maßnahmen umgesetzt, 40\s?%/);
    await publicPage.close();
  });

  it("marks overdue measures in the catalogue and lists them on the dashboard", async () => {
    await page.getByRole("link", { name: "3. Ergebnisse & Umsetzung" }).click();
    const row = page.locator("table.measures tbody tr", { hasText: IDEA });
    await row.waitFor();
    expect(await row.getAttribute("class")).not.toContain("overdue");
    await row.getByRole("button", { name: /Bearbeiten/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Fällig am").fill("2026-11-01");
    await dialog.getByLabel("Grund der Änderung").fill("Termin aus dem Projektplan übernommen");
    await dialog.getByRole("button", { name: "Speichern" }).click();
    await expect.poll(() => row.getAttribute("class")).toContain("overdue");
    await expect.poll(() => row.textContent()).toContain("überfällig");
    await expectAccessible(page, "overdue measure");

    await page.getByRole("link", { name: "Meine Dialoge" }).click();
    await waitForHeading(page, "Meine Dialoge");
    const overdue = page.locator("section[aria-labelledby=overdue-heading] li.overdue", { hasText: IDEA });
    await overdue.waitFor();
    await expect.poll(() => overdue.textContent()).toContain("fällig am 01.11.2026");
    await expectAccessible(page, "dashboard with an overdue measure");
    await shot("13-ueberfaellige-massnahmen");
  });

  it("gives the state administration staff, invitations, API tokens, the outbox, the audit log and the statistics", async () => {
    await page.getByRole("button", { name: "Abmelden" }).click();
    await waitForHeading(page, "Anmelden");
    await expect.poll(() => live().textContent()).toBe("Sie sind abgemeldet.");
    await page.getByLabel("E-Mail-Adresse").fill(STATE_ADMIN.email);
    await page.getByLabel("Passwort").fill(STATE_ADMIN.password);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await waitForHeading(page, "Meine Dialoge");
    await expect.poll(() => page.getByRole("main").textContent()).toContain(walk.title);

    await page.getByRole("link", { name: "Landesverwaltung" }).click();
    await waitForHeading(page, "Landesverwaltung");
    await page.getByRole("cell", { name: EDITOR.email, exact: true }).waitFor();
    await page.getByLabel("E-Mail-Adresse").fill("neu@tuebingen.example");
    await page.getByLabel("Name").fill("Nora Neu");
    await page.getByLabel(/Kommunen \(AGS/).fill(stack.municipalityAgs);
    await page.getByRole("button", { name: "Einladung erstellen" }).click();
    const link = await page.getByLabel("Einladungslink").inputValue();
    expect(link).toMatch(/\/admin\/invitation#.+/);
    await expectAccessible(page, "staff");
    await shot("11-personen-und-einladungen");

    const editorRow = page.getByRole("row").filter({ hasText: EDITOR.email });
    await editorRow.getByRole("button", { name: /Sperren/ }).click();
    await expect.poll(() => editorRow.textContent()).toContain("gesperrt");
    await editorRow.getByRole("button", { name: /Freigeben/ }).click();
    await expect.poll(() => editorRow.textContent()).not.toContain("gesperrt");

    await page.getByRole("link", { name: "API-Schlüssel" }).click();
    await page.getByLabel("Bezeichnung").fill("Redaktionssystem Tübingen");
    await page.getByLabel(/Kommunen \(AGS/).fill(stack.municipalityAgs);
    await page.getByRole("button", { name: "Schlüssel erstellen" }).click();
    expect((await page.getByLabel(/Neuer Schlüssel/).inputValue()).length).toBeGreaterThan(20);
    await page.getByRole("listitem").filter({ hasText: "Redaktionssystem Tübingen" }).getByRole("button", { name: /Widerrufen/ }).click();
    await expect.poll(() => page.getByRole("main").textContent()).toContain("widerrufen");
    await expectAccessible(page, "tokens");

    await page.getByRole("link", { name: "Postausgang" }).first().click();
    await page.getByText("olena@example.org", { exact: false }).first().waitFor();
    await expectAccessible(page, "outbox");
    await shot("12-postausgang");

    await page.getByRole("link", { name: "Zugriffsprotokoll" }).click();
    await page.getByRole("cell", { name: "Anmeldungen exportiert" }).first().waitFor();
    await expectAccessible(page, "audit log");

    await page.getByRole("link", { name: "Statistik" }).click();
    await page.locator("kfd-stats").waitFor();
    await expectAccessible(page, "stats");

    const invited = await stack.browser.newContext({ locale: "de-DE" });
    const invitedPage = await invited.newPage();
    await invitedPage.goto(link);
    await invitedPage.getByText("neu@tuebingen.example").waitFor();
    await expectAccessible(invitedPage, "invitation");
    await invitedPage.getByLabel("Neues Passwort").fill("Ein-sicheres-Passwort-2026");
    await invitedPage.getByRole("button", { name: "Zugang einrichten" }).click();
    await expect.poll(() => invitedPage.locator("main h1").textContent()).toBe("Meine Dialoge");
    await expect.poll(() => invitedPage.getByRole("main").textContent()).toContain(walk.title);
    await invited.close();

    expect(consoleErrors).toEqual([]);
    // Only "who am I?" before signing in was refused; nothing the console asked for was missing.
    expect(new Set(failedResponses)).toEqual(new Set(["GET /v1/session 401"]));
  });
});
