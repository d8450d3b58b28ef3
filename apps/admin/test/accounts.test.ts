import { createDialogue, listOutbox, upsertMunicipalities } from "@kfd/db";
import { createDialogueSchema, type Municipality } from "@kfd/domain";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, openConsolePage, tabTo, waitForHeading, type ConsolePage } from "./console-page.js";
import { EDITOR, STATE_ADMIN, startConsoleStack, type ConsoleStack } from "./harness.js";

const STUTTGART: Municipality = { ags: "08111000", name: "Stuttgart", kind: "stadt", location: { lat: 48.7758, lon: 9.1829 } };
const NEW_PASSWORD = "Neue Bänke im Stadtpark 7";
const SESSION_EXPIRED = "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.";

let stack: ConsoleStack;
const opened: ConsolePage[] = [];
const dialogues = { tuebingen: { id: "", title: "Miteinander in Tübingen" }, stuttgart: { id: "", title: "Nachbarschaft in Stuttgart-Ost" } };

async function newPage(): Promise<Page> {
  const consolePage = await openConsolePage(stack);
  opened.push(consolePage);
  return consolePage.page;
}

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.getByLabel("E-Mail-Adresse").fill(who.email);
  await page.getByLabel("Passwort", { exact: false }).fill(who.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

beforeAll(async () => {
  stack = await startConsoleStack();
  const now = new Date();
  await upsertMunicipalities(stack.db.db, [STUTTGART], now);
  for (const [key, ags] of [["tuebingen", stack.municipalityAgs], ["stuttgart", STUTTGART.ags]] as const) {
    const created = await createDialogue(stack.db.db, { ...createDialogueSchema.parse({ title: dialogues[key].title, municipalityAgs: ags }), slug: `dialog-${key}` }, now);
    dialogues[key].id = created.id;
  }
});

afterAll(async () => {
  for (const { context } of opened) await context.close();
  await stack?.close();
});

describe("staff accounts in the console", () => {
  it("resets a forgotten password by e-mail link and keyboard, signs in, and the old password no longer works", async () => {
    const page = await newPage();
    await page.goto(`${stack.api}/admin/`);
    await waitForHeading(page, "Anmelden");
    await page.getByRole("link", { name: "Passwort vergessen?" }).click();
    await waitForHeading(page, "Passwort vergessen?");
    expect(new URL(page.url()).pathname).toBe("/admin/passwort-vergessen");
    await expectAccessible(page, "password forgotten");

    await page.getByRole("button", { name: "Link anfordern" }).click();
    expect(await page.getByLabel("E-Mail-Adresse").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("E-Mail-Adresse").fill(EDITOR.email);
    await page.getByRole("button", { name: "Link anfordern" }).click();
    const confirmation = page.locator("#password-reset-sent");
    await confirmation.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("password-reset-sent");
    const sentText = await confirmation.textContent();
    expect(sentText).toContain("Wenn zu dieser E-Mail-Adresse ein Zugang besteht");
    await expectAccessible(page, "password forgotten, sent");

    // An address without an account gets the very same words.
    await page.reload();
    await page.getByLabel("E-Mail-Adresse").fill("niemand@example.org");
    await page.getByRole("button", { name: "Link anfordern" }).click();
    await confirmation.waitFor();
    expect(await confirmation.textContent()).toBe(sentText);

    // The link goes by e-mail only; without a mail server it waits in the outbox.
    const mails = (await listOutbox(stack.db.db)).filter((m) => m.kind === "password-reset");
    expect(mails.map((m) => m.recipientEmail)).toEqual([EDITOR.email]);
    const token = mails[0]!.payload.accountToken!;

    await page.goto(`${stack.api}/admin/passwort-neu#${token}`);
    await waitForHeading(page, "Neues Passwort");
    await page.getByText(`Neues Passwort für ${EDITOR.email}`).waitFor();
    await expectAccessible(page, "password reset");
    await tabTo(page, "#f-password");
    await page.keyboard.type("zu kurz");
    await page.keyboard.press("Enter");
    await page.getByRole("alert").waitFor();
    expect(await page.locator("#f-password").getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "password reset with an error");
    await page.locator("#f-password").fill("");
    await tabTo(page, "#f-password");
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press("Enter");
    await waitForHeading(page, "Meine Dialoge");
    await expect.poll(() => page.getByRole("banner").textContent()).toContain(EDITOR.name);

    await page.getByRole("button", { name: "Abmelden" }).click();
    await waitForHeading(page, "Anmelden");
    await signIn(page, EDITOR);
    await expect.poll(() => page.getByRole("alert").textContent()).toBe("E-Mail-Adresse oder Passwort stimmen nicht.");
    await signIn(page, { email: EDITOR.email, password: NEW_PASSWORD });
    await waitForHeading(page, "Meine Dialoge");

    // The link worked once.
    await page.goto(`${stack.api}/admin/passwort-neu#${token}`);
    await expect.poll(() => page.getByRole("alert").textContent()).toBe("Dieser Link ist ungültig, abgelaufen oder wurde schon benutzt.");
    await expectAccessible(page, "password reset, link used");
  });

  it("lets the state administration invite by e-mail and give an editor another municipality, whose dialogues the editor then sees", async () => {
    const editor = await newPage();
    await editor.goto(`${stack.api}/admin/`);
    await signIn(editor, { email: EDITOR.email, password: NEW_PASSWORD });
    await waitForHeading(editor, "Meine Dialoge");
    await expect.poll(() => editor.getByRole("main").textContent()).toContain(dialogues.tuebingen.title);
    expect(await editor.getByRole("main").textContent()).not.toContain(dialogues.stuttgart.title);

    const admin = await newPage();
    await admin.goto(`${stack.api}/admin/`);
    await signIn(admin, STATE_ADMIN);
    await waitForHeading(admin, "Meine Dialoge");
    await admin.getByRole("link", { name: "Landesverwaltung" }).click();
    await waitForHeading(admin, "Landesverwaltung");

    await admin.getByLabel("E-Mail-Adresse").fill("neu@stuttgart.example");
    await admin.getByLabel(/Kommunen \(AGS/).fill(STUTTGART.ags);
    await admin.getByRole("button", { name: "Einladung erstellen" }).click();
    const link = await admin.getByLabel("Einladungslink").inputValue();
    const invitationToken = link.split("#")[1]!;
    const invitationMail = (await listOutbox(stack.db.db)).find((m) => m.recipientEmail === "neu@stuttgart.example");
    expect(invitationMail).toMatchObject({ kind: "staff-invitation", status: "queued", payload: { accountToken: invitationToken, municipalityNames: ["Stuttgart"] } });

    const editorRow = admin.getByRole("row").filter({ hasText: EDITOR.email });
    await editorRow.getByRole("button", { name: /Bearbeiten/ }).click();
    await expect.poll(() => admin.evaluate(() => document.activeElement?.id)).toBe("edit-staff-heading");
    await expectAccessible(admin, "staff editing");
    const edit = admin.locator("section[aria-labelledby=edit-staff-heading]");
    await edit.getByLabel(/Kommunen \(AGS/).fill(`${stack.municipalityAgs}, 08999999`);
    await edit.getByRole("button", { name: "Speichern" }).click();
    await expect.poll(() => edit.locator("#f-edit-municipalityAgs-error").textContent()).toBe("Eine Kommune mit dem Schlüssel 08999999 ist nicht bekannt.");
    expect(await edit.getByLabel(/Kommunen \(AGS/).getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(admin, "staff editing with an error");

    await edit.getByLabel(/Kommunen \(AGS/).fill(`${stack.municipalityAgs}, ${STUTTGART.ags}`);
    await edit.getByRole("button", { name: "Speichern" }).click();
    await expect.poll(() => editorRow.textContent()).toContain(`${stack.municipalityAgs}, ${STUTTGART.ags}`);
    expect(await edit.count()).toBe(0);
    await expect.poll(() => admin.evaluate(() => document.activeElement?.getAttribute("data-edit"))).toBeTruthy();

    await admin.getByRole("link", { name: "Postausgang" }).first().click();
    const shown = admin.getByRole("listitem").filter({ hasText: "neu@stuttgart.example" });
    await expect.poll(() => shown.textContent()).toContain("Einladung zur Konsole der Kommunalen Flüchtlingsdialoge");
    expect(await shown.textContent()).toContain("Link ausgeblendet");
    expect(await admin.getByRole("main").textContent()).not.toContain(invitationToken);
    await expectAccessible(admin, "outbox with staff e-mails");

    await editor.reload();
    await waitForHeading(editor, "Meine Dialoge");
    await expect.poll(() => editor.getByRole("main").textContent()).toContain(dialogues.stuttgart.title);
  });

  it("sends a person whose session ended to sign-in, says why, and brings them back to the page they were on", async () => {
    const page = await newPage();
    await page.goto(`${stack.api}/admin/`);
    await signIn(page, { email: EDITOR.email, password: NEW_PASSWORD });
    await waitForHeading(page, "Meine Dialoge");
    await page.getByRole("link", { name: dialogues.stuttgart.title }).click();
    await waitForHeading(page, dialogues.stuttgart.title);
    await page.getByRole("link", { name: "Grunddaten" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/admin/dialoge/${dialogues.stuttgart.id}/grunddaten`);
    // The step is downloaded when first opened and then asks for the editor's municipalities: the session ends after that.
    await page.getByRole("combobox", { name: "Kommune" }).waitFor();

    // The session ends on the server (as after two idle hours); the next call of an account's own data answers 401.
    await stack.db.db.kysely.deleteFrom("staff_sessions").execute();
    await page.getByRole("link", { name: "1. Vorbereitung" }).click();
    await waitForHeading(page, "Anmelden");
    await expect.poll(() => page.getByRole("alert").textContent()).toBe(SESSION_EXPIRED);
    expect(await page.getByRole("banner").textContent()).not.toContain(EDITOR.name);
    await expectAccessible(page, "sign-in after the session ended");

    await signIn(page, { email: EDITOR.email, password: NEW_PASSWORD });
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/admin/dialoge/${dialogues.stuttgart.id}/vorbereitung`);
    await waitForHeading(page, dialogues.stuttgart.title);
    expect(await page.getByRole("alert").count()).toBe(0);
    // The screen whose call was refused may report that refusal; nothing else went wrong.
    expect(opened.flatMap((o) => o.consoleErrors).filter((e) => !e.includes("Unauthorized"))).toEqual([]);
  });
});
