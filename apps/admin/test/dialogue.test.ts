import { ensureMunicipalityRegister } from "@kfd/api";
import { findDialogue } from "@kfd/db";
import { getSteckbrief } from "@kfd/sdk";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, openConsolePage, signInByKeyboard, tabTo, waitForHeading, type ConsolePage } from "./console-page.js";
import { EDITOR, STATE_ADMIN, startConsoleStack, type ConsoleStack } from "./harness.js";

let stack: ConsoleStack;
const opened: ConsolePage[] = [];
/** Every PATCH the console sent: a form with bad input must send none. */
const patches: string[] = [];
const TITLE = "Ankommen in Tübingen";
let dialogueId = "";

async function openConsole(): Promise<Page> {
  const consolePage = await openConsolePage(stack);
  opened.push(consolePage);
  const { page } = consolePage;
  page.on("request", (r) => {
    if (r.method() === "PATCH") patches.push(new URL(r.url()).pathname);
  });
  return page;
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");
const live = (page: Page) => page.locator("#kfd-live");

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${stack.api}/admin/anmelden`);
  await waitForHeading(page, "Anmelden");
  await signInByKeyboard(page, who);
  await waitForHeading(page, "Meine Dialoge");
}

beforeAll(async () => {
  stack = await startConsoleStack();
  await ensureMunicipalityRegister(stack.db.db);
});

afterAll(async () => {
  for (const { context } of opened) await context.close();
  await stack?.close();
});

describe("a dialogue's municipality, Grunddaten and Steckbrief fields in Chromium", () => {
  it("lets a state admin find the municipality by name and create the dialogue with the keyboard alone", async () => {
    const page = await openConsole();
    await signIn(page, STATE_ADMIN);
    await page.goto(`${stack.api}/admin/dialoge/neu`);
    await waitForHeading(page, "Neuen Dialog anlegen");

    await tabTo(page, "#f-title");
    await page.keyboard.type(TITLE);
    // Sent without a municipality: the alert names the field, and its link takes focus there.
    await tabTo(page, "button[type=submit]");
    await page.keyboard.press("Enter");
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("Kommune suchen: Bitte eine Kommune wählen.");
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("alert"))).toBe(true);
    expect(await page.locator("#f-municipalityAgs").getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "new dialogue without a municipality");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await focusedId(page)).toBe("f-municipalityAgs");

    // Typing searches after a pause; Enter searches at once and sends nothing.
    await page.keyboard.type("tubingen");
    const results = page.getByRole("group", { name: "Treffer" });
    await results.getByRole("radio", { name: /Tübingen \(Stadt\)/ }).waitFor();
    await expect.poll(() => live(page).textContent()).toMatch(/^\d+ Kommunen? gefunden\.$/);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Tüb");
    await page.keyboard.press("Enter");
    expect(new URL(page.url()).pathname).toBe("/admin/dialoge/neu");
    const radios = results.getByRole("radio");
    await expect.poll(() => radios.first().getAttribute("value")).toBe("08416041");
    expect(await results.getByRole("radio", { name: /Tübingen \(Landkreis\)/ }).count()).toBe(1);

    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe("08416041");
    await page.keyboard.press("Space");
    await expect.poll(() => page.locator("#f-municipalityAgs-chosen").textContent()).toContain("Gewählt: Tübingen (Stadt)");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => page.locator("#f-municipalityAgs-chosen").textContent()).toContain("Gewählt: Tübingen (Landkreis)");
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => page.locator("#f-municipalityAgs-chosen").textContent()).toContain("Gewählt: Tübingen (Stadt)");
    await expectAccessible(page, "municipality search with results");

    await tabTo(page, "button[type=submit]");
    await page.keyboard.press("Enter");
    await waitForHeading(page, TITLE);
    const path = new URL(page.url()).pathname;
    expect(path).toMatch(/^\/admin\/dialoge\/[^/]+\/vorbereitung$/);
    dialogueId = path.split("/")[3]!;
    await expect.poll(() => page.locator("p.meta").textContent()).toContain("Tübingen (Stadt)");
    expect((await findDialogue(stack.db.db, dialogueId))?.municipality).toMatchObject({ ags: "08416041", name: "Tübingen", kind: "stadt" });
  });

  it("shows an editor their municipality by name and keeps retention and location, refusing a retention beyond a year", async () => {
    const page = await openConsole();
    await signIn(page, EDITOR);
    const listed = page.locator(".phase-columns li", { hasText: TITLE });
    await expect.poll(() => listed.textContent()).toContain("Tübingen (Stadt)");

    await page.goto(`${stack.api}/admin/dialoge/${dialogueId}`);
    await page.getByRole("heading", { name: "Grunddaten" }).waitFor();
    await page.getByText("Kommune: Tübingen (Stadt)").waitFor();
    expect(await page.getByLabel("Löschfrist der Anmeldedaten in Tagen").inputValue()).toBe("30");

    await page.getByLabel("Löschfrist der Anmeldedaten in Tagen").fill("400");
    await page.getByLabel("Breitengrad").fill("48,5301");
    await page.getByRole("button", { name: "Grunddaten speichern" }).click();
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("Datenschutz und Ort – Löschfrist der Anmeldedaten in Tagen: Höchstens 365.");
    await expect.poll(() => alert.textContent()).toContain("Genauer Ort (optional) – Längengrad: Bitte ausfüllen.");
    expect(await page.getByLabel("Längengrad").getAttribute("aria-invalid")).toBe("true");
    expect(patches).toEqual([]);
    await expectAccessible(page, "Grunddaten with errors");

    await page.getByLabel("Löschfrist der Anmeldedaten in Tagen").fill("14");
    await page.getByLabel("Längengrad").fill("9.0412");
    await page.getByLabel(/Sensibler Ort/).check();
    await page.getByRole("button", { name: "Grunddaten speichern" }).click();
    await expect.poll(() => live(page).textContent()).toBe(`Gespeichert: ${TITLE}`);
    const saved = await findDialogue(stack.db.db, dialogueId);
    expect(saved).toMatchObject({ retentionDays: 14, location: { lat: 48.5301, lon: 9.0412 }, locationSensitive: true });

    await page.reload();
    await page.getByRole("heading", { name: "Grunddaten" }).waitFor();
    await expect.poll(() => page.getByLabel("Löschfrist der Anmeldedaten in Tagen").inputValue()).toBe("14");
    expect(await page.getByLabel("Breitengrad").inputValue()).toBe("48.5301");
    expect(await page.getByLabel(/Sensibler Ort/).isChecked()).toBe(true);
    await expectAccessible(page, "Grunddaten");
  });

  it("edits costs, funding and contact in the Steckbrief: bad input names the field and saves nothing, good input reaches the card and the public", async () => {
    const page = await openConsole();
    await signIn(page, EDITOR);
    await page.goto(`${stack.api}/admin/dialoge/${dialogueId}/steckbrief`);
    await page.getByRole("heading", { name: "Öffentliche Angaben" }).waitFor();
    patches.length = 0;

    await page.getByLabel("Gesamtkosten in Euro").fill("-5");
    await page.getByRole("button", { name: "Förderung hinzufügen" }).click();
    const first = page.getByRole("group", { name: "Förderung 1" });
    await expect.poll(() => focusedId(page)).toBe("f-funding-0-source");
    await page.keyboard.type("Land Baden-Württemberg");
    await first.getByLabel("Betrag in Euro (optional)").fill("3000");
    await page.getByRole("button", { name: "Förderung hinzufügen" }).click();
    const second = page.getByRole("group", { name: "Förderung 2" });
    await second.waitFor();
    const contact = page.getByRole("group", { name: "Kontakt" });
    await contact.getByLabel(/Funktion, z\. B\./).fill("Integrationsbeauftragte");
    await contact.getByLabel(/E-Mail-Adresse/).fill("x");
    await page.getByRole("button", { name: "Angaben speichern" }).click();

    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("Kosten – Gesamtkosten in Euro: Darf nicht negativ sein.");
    expect(await alert.textContent()).toContain("Förderung 2 – Fördergeber oder Programm: Bitte ausfüllen.");
    expect(await alert.textContent()).toContain("Kontakt – E-Mail-Adresse (Funktionspostfach, z. B. integration@…): Bitte eine gültige E-Mail-Adresse eingeben.");
    for (const id of ["f-costs-totalEuro", "f-funding-1-source", "f-contact-email"]) expect(await page.locator(`#${id}`).getAttribute("aria-invalid"), id).toBe("true");
    expect(await page.locator("#f-contact-email-error").textContent()).toBe("Bitte eine gültige E-Mail-Adresse eingeben.");
    expect(patches).toEqual([]);
    expect(await findDialogue(stack.db.db, dialogueId)).toMatchObject({ costs: {}, funding: [] });
    await expectAccessible(page, "Steckbrief fields with errors");

    await second.getByRole("button", { name: "Förderung 2 entfernen" }).click();
    await expect.poll(() => live(page).textContent()).toBe("Förderung 2 entfernt.");
    expect(await focusedId(page)).toBe("funding-add");
    expect(await page.getByRole("group", { name: "Förderung 2" }).count()).toBe(0);
    await page.getByLabel("Gesamtkosten in Euro").fill("4200");
    await page.getByLabel("Anmerkung zu den Kosten").fill("Moderation, Raummiete und Verpflegung");
    await contact.getByLabel(/E-Mail-Adresse/).fill("integration@tuebingen.example");
    await contact.getByLabel(/Stelle oder Organisation/).fill("Stadt Tübingen, Stabsstelle Integration");
    await contact.getByLabel("Telefon (optional)").fill("07071 204-0");
    await page.getByRole("button", { name: "Angaben speichern" }).click();
    await expect.poll(() => live(page).textContent()).toContain("Öffentliche Angaben gespeichert");
    expect(patches).toHaveLength(1);
    expect(await findDialogue(stack.db.db, dialogueId)).toMatchObject({
      costs: { totalEuro: 4200, note: "Moderation, Raummiete und Verpflegung" },
      funding: [{ source: "Land Baden-Württemberg", amountEuro: 3000 }],
      contact: { role: "Integrationsbeauftragte", organisation: "Stadt Tübingen, Stabsstelle Integration", email: "integration@tuebingen.example", phone: "07071 204-0" },
    });

    const card = page.locator("kfd-steckbrief-card");
    await expect.poll(() => card.locator("[part=base]").first().innerText(), { timeout: 10_000 }).toContain("Land Baden-Württemberg");
    const shown = await card.locator("[part=base]").first().innerText();
    expect(shown).toContain("integration@tuebingen.example");
    expect(shown).toContain("Integrationsbeauftragte");
    expect(shown).toMatch(/4\.200/);
    await expectAccessible(page, "Steckbrief after saving");

    await page.getByRole("button", { name: "Steckbrief veröffentlichen" }).click();
    await expect.poll(() => live(page).textContent()).toBe("Der Steckbrief ist veröffentlicht.");
    // The funding row being shown is the saved one, still there after the reload that publishing causes.
    expect(await page.getByRole("group", { name: "Förderung 1" }).getByLabel(/Fördergeber/).inputValue()).toBe("Land Baden-Württemberg");

    const published = await getSteckbrief({ baseUrl: stack.api }, dialogueId);
    expect(published.dialogue.funding).toEqual([{ source: "Land Baden-Württemberg", amountEuro: 3000 }]);
    expect(published.dialogue.contact).toMatchObject({ role: "Integrationsbeauftragte", email: "integration@tuebingen.example" });
    expect(published.dialogue.costs).toEqual({ totalEuro: 4200, note: "Moderation, Raummiete und Verpflegung" });
    for (const path of [`/v1/dialogues/${published.dialogue.slug}/steckbrief`, `/v1/dialogues/${published.dialogue.slug}`, "/v1/map"]) {
      const body = await (await fetch(`${stack.api}${path}`)).text();
      expect(body, path).toContain(TITLE);
      for (const secret of ["retentionDays", "locationSensitive", "48.5301", "9.0412"]) expect(body, `${path} shows ${secret}`).not.toContain(secret);
    }
  });

  it("asked for nothing that was missing and logged no error", () => {
    expect(opened.flatMap((o) => o.consoleErrors)).toEqual([]);
    expect(new Set(opened.flatMap((o) => o.failedResponses))).toEqual(new Set(["GET /v1/session 401"]));
  });
});
