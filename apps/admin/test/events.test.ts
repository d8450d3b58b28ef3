import { readFileSync } from "node:fs";
import { listOutbox } from "@kfd/db";
import { seedDialogue } from "@kfd/db/testing";
import type { Registration } from "@kfd/domain";
import { getEvent, register } from "@kfd/sdk";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, openConsolePage, signInByKeyboard, waitForHeading } from "./console-page.js";
import { EDITOR, startConsoleStack, type ConsoleStack } from "./harness.js";

let stack: ConsoleStack;
let page: Page;
let consoleErrors: string[];
let failedResponses: string[];
const EVENT = "Begegnungscafé im Stadtteilzentrum";
const REASON = "Die Heizung im Saal ist ausgefallen.";
const walk = { dialogueId: "", eventId: "" };
const AMIRA = { name: "Amira Haddad", email: "amira@example.org" };
const JONAS = { name: "Jonas Becker", email: "jonas@example.org" };

const live = () => page.locator("#kfd-live");
const dialog = () => page.getByRole("dialog");

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement).catch(() => false);

/** Moves focus with Tab (or Shift+Tab) until it reaches `target`, as a keyboard user would. */
async function tabTo(target: Locator, { backwards = false, limit = 80 } = {}): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < limit; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

async function typeInto(target: Locator, text: string): Promise<void> {
  await tabTo(target);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(text);
}

/**
 * A datetime-local field takes its parts in the browser's own order (day or month first, 12 or 24
 * hours), so the day is the twelfth of December and the hour starts with 1: typed either way, it
 * is the same time.
 */
async function typeDecember12(target: Locator, time: string): Promise<void> {
  await tabTo(target);
  await page.keyboard.type("12122030");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.type(time.replace(":", ""));
  expect(await target.inputValue()).toBe(`2030-12-12T${time}`);
}

async function registrationsFromApi(): Promise<Registration[]> {
  const res = await page.request.get(`${stack.api}/v1/events/${walk.eventId}/registrations`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Registration[];
}

beforeAll(async () => {
  stack = await startConsoleStack();
  const dialogue = await seedDialogue(stack.db.db, new Date(), { title: "Gut ankommen in der Nordstadt" });
  walk.dialogueId = dialogue.id;
  ({ page, consoleErrors, failedResponses } = await openConsolePage(stack));
});

afterAll(async () => {
  await stack?.close();
});

describe("Durchführung in Chromium, by keyboard alone", () => {
  it("creates an event, listed with its date in the console's language", async () => {
    await page.goto(`${stack.api}/admin/`);
    await waitForHeading(page, "Anmelden");
    await signInByKeyboard(page, EDITOR);
    await waitForHeading(page, "Meine Dialoge");

    await page.goto(`${stack.api}/admin/dialoge/${walk.dialogueId}/durchfuehrung`);
    await page.getByRole("heading", { name: "Neue Veranstaltung" }).waitFor();
    await typeInto(page.getByLabel("Titel"), EVENT);
    await typeDecember12(page.getByLabel("Beginn"), "18:00");
    await typeDecember12(page.getByLabel("Ende"), "19:30");
    await typeInto(page.getByLabel("Ort (Name)"), "Stadtteilzentrum Nord");
    await typeInto(page.getByLabel("Plätze"), "10");
    await typeInto(page.getByLabel("Verdolmetschung in"), "ar");
    await tabTo(page.getByRole("button", { name: "Veranstaltung anlegen" }));
    await page.keyboard.press("Enter");
    await expect.poll(() => live().textContent()).toBe(`Veranstaltung angelegt: ${EVENT}`);

    const link = page.getByRole("link", { name: EVENT });
    walk.eventId = (await link.getAttribute("href"))!.split("/").pop()!;
    const item = page.locator(".event-list > li", { hasText: EVENT });
    await expect.poll(() => item.textContent()).toContain("12.12.2030, 18:00 · Stadtteilzentrum Nord · 0 von 10 Plätzen belegt, 0 auf der Warteliste");
    await expectAccessible(page, "events step");

    // The date follows the language chosen in the header, not the browser's.
    await tabTo(page.getByLabel("Sprache", { exact: true }));
    await page.keyboard.press("e");
    await expect.poll(() => item.textContent()).toMatch(/Dec 12, 2030, 6:00\sPM/);
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => item.textContent()).toContain("12.12.2030, 18:00");
  });

  it("receives two registrations through the API", async () => {
    const anyone = { baseUrl: stack.api };
    const amira = await register(anyone, walk.eventId, { ...AMIRA, consent: true, actorGroup: "gefluechtete", language: "ar", interpreting: "ar", childcare: { children: 1 } });
    const jonas = await register(anyone, walk.eventId, { ...JONAS, consent: true, actorGroup: "buergerschaft" });
    expect([amira.status, jonas.status]).toEqual(["confirmed", "confirmed"]);
  });

  it("finds a person in the check-in list by name and checks them in", async () => {
    await page.reload();
    await tabTo(page.getByRole("link", { name: EVENT }));
    await page.keyboard.press("Enter");
    await waitForHeading(page, EVENT);
    const registrations = page.locator("table.registrations tbody tr");
    await expect.poll(() => registrations.count()).toBe(2);
    await expect.poll(() => registrations.filter({ hasText: AMIRA.name }).textContent()).toContain("bestätigt");

    const checkIn = page.locator("ul.checkin > li");
    await expect.poll(() => checkIn.count()).toBe(2);
    await typeInto(page.getByLabel("Name suchen"), "amir");
    await expect.poll(() => checkIn.count()).toBe(1);
    await expect.poll(() => live().textContent()).toBe("Gefunden: 1 von 2");
    expect(await page.locator("#checkin-found").textContent()).toBe("Gefunden: 1 von 2");
    expect(await checkIn.first().textContent()).toContain("Dolmetschen: Arabisch · 1 Kind");
    await expectAccessible(page, "check-in filtered");

    await tabTo(checkIn.first().getByRole("checkbox"));
    await page.keyboard.press("Space");
    await expect.poll(() => page.locator("#checkin-heading").textContent()).toContain("(1 anwesend)");
    await expect.poll(() => live().textContent()).toBe(`${AMIRA.name}: anwesend. 1 anwesend.`);

    await typeInto(page.getByLabel("Name suchen"), "Zeller");
    await page.getByText("Niemand auf der Liste passt zu „Zeller“.").waitFor();
    await typeInto(page.getByLabel("Name suchen"), "becker");
    await expect.poll(() => checkIn.count()).toBe(1);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.press("Backspace");
    await expect.poll(() => checkIn.count()).toBe(2);
    expect(await page.locator("#checkin-found").count()).toBe(0);
    await expect.poll(() => live().textContent()).toBe("Gefunden: 2 von 2");
  });

  it("erases one registration after a confirmation that says what happens", async () => {
    const eraseJonas = page.getByRole("button", { name: new RegExp(`^Daten löschen\\W+${JONAS.name}$`) });
    await tabTo(eraseJonas);
    await page.keyboard.press("Enter");
    await dialog().waitFor();
    expect(await dialog().getAttribute("aria-labelledby")).toBe("erase-title");
    await expect.poll(() => dialog().textContent()).toContain(`Daten von ${JONAS.name} löschen?`);
    expect(await dialog().textContent()).toContain("Die Anmeldung wird storniert, ihr Platz wird frei.");
    expect(await dialog().textContent()).toContain("Das lässt sich nicht rückgängig machen.");
    // Enter by habit must not erase: focus starts on "Abbrechen".
    expect(await isFocused(dialog().getByRole("button", { name: "Abbrechen" }))).toBe(true);
    await expectAccessible(page, "erase dialog");

    await page.keyboard.press("Escape");
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => isFocused(eraseJonas)).toBe(true);
    expect((await registrationsFromApi()).map((r) => r.name)).toContain(JONAS.name);

    await page.keyboard.press("Enter");
    await dialog().waitFor();
    await tabTo(dialog().getByRole("button", { name: "Endgültig löschen" }), { backwards: true });
    await page.keyboard.press("Enter");
    await expect.poll(() => live().textContent()).toBe(`Die Daten von ${JONAS.name} sind gelöscht.`);

    const today = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Europe/Berlin" }).format(new Date());
    const erasedRow = page.locator("table.registrations tbody tr", { hasText: "Daten gelöscht am" });
    await expect.poll(() => erasedRow.textContent()).toContain(`Daten gelöscht am ${today}`);
    expect(await erasedRow.textContent()).toContain("storniert");
    expect(await erasedRow.getByRole("button").count()).toBe(0);
    expect(await page.getByRole("main").textContent()).not.toContain(JONAS.name);
    await expect.poll(() => isFocused(page.locator("#registrations-heading"))).toBe(true);
    await expect.poll(() => page.locator("#needs-heading + dl div", { hasText: "Bestätigt" }).locator("dd").textContent()).toBe("1 von 10");
    // Not a blank line at the door either.
    expect(await page.locator("ul.checkin > li").allTextContents()).toEqual([expect.stringContaining(AMIRA.name)]);
    await expectAccessible(page, "event with an erased registration");

    const fromApi = await registrationsFromApi();
    expect(JSON.stringify(fromApi)).not.toMatch(/Jonas|jonas@example\.org/);
    expect(fromApi.find((r) => r.personalDataErasedAt !== null)).toMatchObject({ name: "", email: "", status: "cancelled", actorGroup: "buergerschaft" });
    const [download] = await Promise.all([page.waitForEvent("download"), (async () => {
      await tabTo(page.getByRole("button", { name: "Als CSV exportieren" }));
      await page.keyboard.press("Enter");
    })()]);
    const csv = readFileSync(await download.path(), "utf8");
    expect(csv).toContain(AMIRA.name);
    expect(csv).not.toMatch(/Jonas|jonas@example\.org/);
    expect(await getEvent({ baseUrl: stack.api }, walk.eventId)).toMatchObject({ confirmedCount: 1, seatsLeft: 9 });
  });

  it("cancels the event only with a reason, after showing who will be told, and queues the mails", async () => {
    await tabTo(page.getByRole("link", { name: /Zurück zu den Veranstaltungen/ }), { backwards: true });
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Neue Veranstaltung" }).waitFor();
    const cancel = page.getByRole("button", { name: new RegExp(`^Absagen\\W+${EVENT}$`) });
    await tabTo(cancel);
    await page.keyboard.press("Enter");
    await dialog().waitFor();
    await expect.poll(() => dialog().textContent()).toContain("1 Person mit bestätigtem Platz");
    expect(await dialog().textContent()).toContain("0 Personen auf der Warteliste");
    await expect.poll(() => isFocused(dialog().getByLabel("Grund der Absage"))).toBe(true);
    await expectAccessible(page, "cancel dialog");

    // The API would take an empty reason; the console asks for one, because the registrants read it.
    await tabTo(dialog().getByRole("button", { name: "Absagen und benachrichtigen" }));
    await page.keyboard.press("Enter");
    await expect.poll(() => dialog().getByLabel("Grund der Absage").getAttribute("aria-invalid")).toBe("true");
    expect(await dialog().locator(".field-error").textContent()).toBe("Bitte ausfüllen.");
    expect((await getEvent({ baseUrl: stack.api }, walk.eventId)).status).toBe("scheduled");
    await expectAccessible(page, "cancel dialog without a reason");

    await tabTo(dialog().getByLabel("Grund der Absage"));
    await page.keyboard.type(REASON);
    await tabTo(dialog().getByRole("button", { name: "Absagen und benachrichtigen" }));
    await page.keyboard.press("Enter");
    await expect.poll(() => live().textContent()).toBe(`Veranstaltung abgesagt: ${EVENT}. 1 Person wird per E-Mail benachrichtigt.`);
    expect(await dialog().count()).toBe(0);

    const item = page.locator(".event-list > li", { hasText: EVENT });
    await item.locator(".badge", { hasText: "abgesagt" }).waitFor();
    expect(await item.textContent()).toContain(`Grund der Absage: ${REASON}`);
    expect(await item.getByRole("button").count()).toBe(0);
    await expect.poll(() => isFocused(page.getByRole("link", { name: EVENT }))).toBe(true);
    await expectAccessible(page, "events step after the cancellation");

    const mails = await listOutbox(stack.db.db, { eventId: walk.eventId });
    const cancellations = mails.filter((m) => m.kind === "event-cancelled");
    expect(cancellations.map((m) => [m.recipientEmail, m.payload.reason])).toEqual([[AMIRA.email, REASON]]);
    // The erased registration's mails went with its data.
    expect(mails.some((m) => m.recipientEmail === JONAS.email)).toBe(false);

    expect(consoleErrors).toEqual([]);
    expect(new Set(failedResponses)).toEqual(new Set(["GET /v1/session 401"]));
  });
});
