import { createToken } from "@kfd/db";
import { createClient, type KfdClient } from "@kfd/sdk";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, openConsolePage, screenshot, signInByKeyboard } from "./console-page.js";
import { EDITOR, startConsoleStack, type ConsoleStack } from "./harness.js";

let stack: ConsoleStack;
let page: Page;
/** The API as a municipal system would use it: to set the scene and to check what the console stored. */
let client: KfdClient;
let dialogueId = "";
let consoleErrors: string[];
let failedResponses: string[];

const GROUP = "Begleitkreis Patenschaften";
const MEASURE = "Patenschaften für neu zugezogene Familien";
const LATER_MEASURE = "Sprachcafé im Stadtteiltreff";

const live = () => page.locator("#kfd-live");
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A button's name "Löschen: Pressetermin": the thing's name is hidden text after the visible verb (read with or without a space before the colon). */
const acting = (verb: string, what: string) => new RegExp(`^${escaped(verb)}\\s?: ${escaped(what)}$`);
const focusedIs = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Moves focus with Tab (or Shift+Tab, when the target lies behind) until the target has it: proof it is reachable by keyboard. */
async function tabTo(target: Locator): Promise<void> {
  await target.waitFor();
  const behind = await target.evaluate((el) => {
    const active = document.activeElement;
    return !!active && active !== document.body && (el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
  for (let i = 0; i < 150; i++) {
    if (await focusedIs(target)) return;
    await page.keyboard.press(behind ? "Shift+Tab" : "Tab");
  }
  throw new Error(`not reachable by keyboard: ${target}`);
}

/** Picks an option of the focused select with the arrow keys, as a keyboard user does. */
async function choose(select: Locator, label: string): Promise<void> {
  await tabTo(select);
  for (let i = 0; i < 20; i++) {
    if ((await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent?.trim())) === label) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`no option ${label} in ${select}`);
}

/**
 * Types a calendar date into a date field, segment by segment. The segments' order follows the
 * browser's own language, not the page's, so a first entry finds it out.
 */
async function typeDate(field: Locator, isoDate: string): Promise<void> {
  await enterDateField(field);
  await page.keyboard.type("01022003");
  const dayFirst = (await field.inputValue()) === "2003-02-01";
  await enterDateField(field);
  const [year, month, day] = isoDate.split("-");
  await page.keyboard.type(dayFirst ? `${day}${month}${year}` : `${month}${day}${year}`);
  expect(await field.inputValue()).toBe(isoDate);
}

/** Into the field's first segment: out of the field backwards, then one step in. */
async function enterDateField(field: Locator): Promise<void> {
  await tabTo(field);
  while (await focusedIs(field)) await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  expect(await focusedIs(field)).toBe(true);
}

async function replaceText(field: Locator, text: string): Promise<void> {
  await tabTo(field);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

beforeAll(async () => {
  stack = await startConsoleStack();
  const { token } = await createToken(stack.db.db, { role: "municipality-editor", municipalityAgs: [stack.municipalityAgs], label: "Maßnahmen-Test" }, new Date());
  client = createClient({ baseUrl: stack.api, token });
  const dialogue = await client.createDialogue({
    title: "Ankommen in der Weststadt",
    municipalityAgs: stack.municipalityAgs,
    topics: [{ slug: "gemeinschaft-nachbarschaft", label: "Gemeinschaft & Nachbarschaft" }],
  });
  dialogueId = dialogue.id;
  await client.createMilestone(dialogueId, { title: "Einladungen verschickt", dueOn: "2025-01-15" });
  await client.createMilestone(dialogueId, { title: "Pressetermin", dueOn: "2031-02-01" });
  await client.createMeasure(dialogueId, { title: LATER_MEASURE, dueOn: "2031-01-01" });

  const opened = await openConsolePage(stack);
  ({ page, consoleErrors, failedResponses } = opened);
  opened.context.setDefaultTimeout(10_000);

  await page.goto(`${stack.api}/admin/anmelden`);
  await signInByKeyboard(page, EDITOR);
  await page.locator("main h1", { hasText: "Meine Dialoge" }).waitFor();
});

afterAll(async () => {
  await stack?.close();
});

describe("Vorbereitung and the Maßnahmenkatalog, by keyboard alone", () => {
  it("adds a checklist item and deletes it after asking", async () => {
    await page.goto(`${stack.api}/admin/dialoge/${dialogueId}/vorbereitung`);
    await page.locator("#checklist-heading").waitFor();

    await tabTo(page.getByLabel("Eigener Punkt"));
    await page.keyboard.type("Namensschilder in einfacher Sprache vorbereiten");
    await page.keyboard.press("Enter");
    const item = page.locator("ul.checklist").getByLabel("Namensschilder in einfacher Sprache vorbereiten");
    await item.waitFor();
    await expect.poll(() => live().textContent()).toBe("Punkt hinzugefügt: Namensschilder in einfacher Sprache vorbereiten");

    await tabTo(page.getByRole("button", { name: acting("Löschen", "Namensschilder in einfacher Sprache vorbereiten") }));
    await page.keyboard.press("Enter");
    const confirm = page.getByRole("button", { name: acting("Ja, löschen", "Namensschilder in einfacher Sprache vorbereiten") });
    // The question takes focus at once, and names what it is about.
    await expect.poll(() => focusedIs(confirm)).toBe(true);
    expect(await confirm.getAttribute("aria-describedby").then((id) => page.locator(`#${id}`).textContent())).toBe("Wirklich löschen?");
    await expectAccessible(page, "checklist asking before deleting");
    await page.keyboard.press("Enter");

    await expect.poll(() => item.count()).toBe(0);
    await expect.poll(() => live().textContent()).toBe("Punkt gelöscht: Namensschilder in einfacher Sprache vorbereiten");
    // Nothing left to land on in the list: focus goes to its heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("checklist-heading");
    expect((await client.getPreparation(dialogueId)).checklist).toEqual([]);
  });

  it("marks an overdue milestone in words, edits its date, and deletes another after asking", async () => {
    const plan = page.locator("ul.milestones");
    const invitations = plan.locator("li", { hasText: "Einladungen verschickt" });
    await expect.poll(() => invitations.textContent()).toContain("überfällig");
    await expectAccessible(page, "preparation with an overdue milestone");

    await tabTo(page.getByRole("button", { name: acting("Bearbeiten", "Einladungen verschickt") }));
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("f-milestoneEditTitle");
    await expectAccessible(page, "milestone being edited");
    await typeDate(plan.getByLabel("Fällig am"), "2030-06-15");
    await tabTo(plan.getByRole("button", { name: "Speichern" }));
    await page.keyboard.press("Enter");

    await expect.poll(() => live().textContent()).toBe("Meilenstein gespeichert: Einladungen verschickt");
    await expect.poll(() => invitations.textContent()).toContain("15.06.2030");
    expect(await invitations.textContent()).not.toContain("überfällig");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-edit-milestone"))).toBeTruthy();
    const stored = (await client.getPreparation(dialogueId)).milestones.find((m) => m.title === "Einladungen verschickt");
    expect(stored?.dueOn).toBe("2030-06-15");

    const remove = page.getByRole("button", { name: acting("Löschen", "Pressetermin") });
    await tabTo(remove);
    await page.keyboard.press("Enter");
    // Escape takes the question back, and focus with it.
    await expect.poll(() => focusedIs(page.getByRole("button", { name: acting("Ja, löschen", "Pressetermin") }))).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => focusedIs(remove)).toBe(true);
    expect((await client.getPreparation(dialogueId)).milestones).toHaveLength(2);

    await page.keyboard.press("Enter");
    await expect.poll(() => focusedIs(page.getByRole("button", { name: acting("Ja, löschen", "Pressetermin") }))).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => plan.locator("li", { hasText: "Pressetermin" }).count()).toBe(0);
    await expect.poll(() => live().textContent()).toBe("Meilenstein gelöscht: Pressetermin");
    // The milestone before it takes focus, so the person stays in the list.
    await expect.poll(() => focusedIs(plan.getByLabel(/Einladungen verschickt/))).toBe(true);
    expect((await client.getPreparation(dialogueId)).milestones.map((m) => m.title)).toEqual(["Einladungen verschickt"]);
  });

  it("sets up a Begleitkreis", async () => {
    await tabTo(page.getByRole("link", { name: "3. Ergebnisse & Umsetzung" }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Begleitkreise" }).waitFor();

    await tabTo(page.getByRole("textbox", { name: "Name", exact: true }));
    await page.keyboard.type(GROUP);
    await page.keyboard.press("Tab");
    await page.keyboard.type("Ehrenamtliche, Integrationsmanagement und Familienzentrum");
    await page.keyboard.press("Tab");
    await page.keyboard.type("patenschaften@tuebingen.example");
    await page.keyboard.press("Enter");

    await page.locator("ul.working-groups li", { hasText: GROUP }).waitFor();
    await expect.poll(() => live().textContent()).toBe(`Begleitkreis angelegt: ${GROUP}`);
    const groups = await client.listWorkingGroups(dialogueId);
    expect(groups.map((g) => [g.name, g.contactEmail])).toEqual([[GROUP, "patenschaften@tuebingen.example"]]);
  });

  it("creates a measure with the Begleitkreis as owner and a past due date: overdue in the table and on the board", async () => {
    await tabTo(page.getByRole("button", { name: "Neue Maßnahme anlegen" }));
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Neue Maßnahme" });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("f-measureTitle");
    await expectAccessible(page, "new measure dialog");

    await page.keyboard.type(MEASURE);
    await page.keyboard.press("Tab");
    await page.keyboard.type("Ehrenamtliche begleiten Familien im ersten Jahr.");
    await choose(dialog.getByLabel("Thema"), "Gemeinschaft & Nachbarschaft");
    await choose(dialog.getByLabel("Verantwortlich", { exact: true }), `Begleitkreis „${GROUP}“`);
    // A Begleitkreis answers for it: there is no role to type.
    await expect.poll(() => dialog.getByLabel("Verantwortlich (Rolle)").count()).toBe(0);
    await choose(dialog.getByLabel("Status"), "In Umsetzung");
    await replaceText(dialog.getByLabel("Fortschritt in Prozent"), "20");
    await typeDate(dialog.getByLabel("Fällig am"), "2025-03-01");
    await tabTo(dialog.getByRole("button", { name: "Maßnahme anlegen" }));
    await page.keyboard.press("Enter");

    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => live().textContent()).toBe(`Maßnahme angelegt: ${MEASURE}`);
    const row = page.locator("table.measures tbody tr", { hasText: MEASURE });
    await expect.poll(() => focusedIs(row.getByRole("button", { name: acting("Bearbeiten", MEASURE) }))).toBe(true);
    expect(await row.getAttribute("class")).toContain("overdue");
    expect(await row.textContent()).toContain("überfällig");
    expect(await row.textContent()).toContain(GROUP);
    expect(await row.textContent()).toContain("20 %");
    await expect.poll(() => page.locator("main").textContent()).toContain("1 Maßnahme ist überfällig.");
    await expectAccessible(page, "table with an overdue measure");

    const [group] = await client.listWorkingGroups(dialogueId);
    const stored = (await client.listMeasures(dialogueId)).find((m) => m.title === MEASURE);
    expect(stored).toMatchObject({ status: "in-progress", progress: 20, dueOn: "2025-03-01", topic: "gemeinschaft-nachbarschaft", responsible: { kind: "working-group", workingGroupId: group!.id } });

    const boardButton = page.getByRole("button", { name: "Tafel nach Status" });
    await tabTo(boardButton);
    await page.keyboard.press("Enter");
    await expect.poll(() => boardButton.getAttribute("aria-pressed")).toBe("true");
    const column = page.locator(".board-column", { has: page.getByRole("heading", { name: /In Umsetzung/ }) });
    const card = column.locator(".measure-card", { hasText: MEASURE });
    await card.waitFor();
    expect(await card.textContent()).toContain("überfällig");
    expect(await card.textContent()).toContain(GROUP);
    expect(await card.textContent()).toContain("01.03.2025");
    expect(await card.locator("progress").evaluate((p: HTMLProgressElement) => p.value)).toBe(20);
    await expectAccessible(page, "board");
    await screenshot(page, "14-massnahmen-als-tafel");

    // The choice holds for the session; the filter shows only what is overdue.
    await page.reload();
    await page.locator(".measure-card", { hasText: MEASURE }).waitFor();
    expect(await page.getByRole("button", { name: "Tafel nach Status" }).getAttribute("aria-pressed")).toBe("true");
    await expect.poll(() => page.locator(".measure-card", { hasText: LATER_MEASURE }).count()).toBe(1);
    await tabTo(page.getByLabel("Nur überfällige zeigen"));
    await page.keyboard.press("Space");
    await expect.poll(() => page.locator(".measure-card", { hasText: LATER_MEASURE }).count()).toBe(0);
    expect(await page.locator(".measure-card", { hasText: MEASURE }).count()).toBe(1);
    await page.keyboard.press("Space");
    await expect.poll(() => page.locator(".measure-card", { hasText: LATER_MEASURE }).count()).toBe(1);
  });

  it("refuses a change without a reason and keeps one with a reason in the history", async () => {
    const edit = page.locator(".measure-card", { hasText: MEASURE }).getByRole("button", { name: acting("Bearbeiten", MEASURE) });
    await tabTo(edit);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: `Maßnahme bearbeiten: ${MEASURE}` });
    await dialog.waitFor();
    await replaceText(dialog.getByLabel("Fortschritt in Prozent"), "60");
    await tabTo(dialog.getByRole("button", { name: "Speichern" }));
    await page.keyboard.press("Enter");

    const reason = dialog.getByLabel("Grund der Änderung");
    await expect.poll(() => reason.getAttribute("aria-invalid")).toBe("true");
    expect(await dialog.locator("#f-measureReason-error").textContent()).toBe("Bitte ausfüllen.");
    await expectAccessible(page, "measure dialog without a reason");
    const unchanged = (await client.listMeasures(dialogueId)).find((m) => m.title === MEASURE)!;
    expect(unchanged.progress).toBe(20);
    expect(unchanged.history).toHaveLength(1);

    await tabTo(reason);
    await page.keyboard.type("Zwei weitere Patenschaften vermittelt");
    await tabTo(dialog.getByRole("button", { name: "Speichern" }));
    await page.keyboard.press("Enter");
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => live().textContent()).toBe(`Maßnahme gespeichert: ${MEASURE}, 60 %`);
    await expect.poll(() => focusedIs(edit)).toBe(true);

    const changed = (await client.listMeasures(dialogueId)).find((m) => m.title === MEASURE)!;
    expect(changed.progress).toBe(60);
    expect(changed.history.map((h) => h.reason)).toContain("Zwei weitere Patenschaften vermittelt");

    await page.keyboard.press("Enter");
    await dialog.waitFor();
    const history = dialog.locator("ol.history li", { hasText: "Zwei weitere Patenschaften vermittelt" });
    await history.waitFor();
    expect(await history.textContent()).toContain("60 %");
    expect(await history.textContent()).toContain("In Umsetzung");
    await expectAccessible(page, "measure dialog with its history");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => focusedIs(edit)).toBe(true);

    const tableButton = page.getByRole("button", { name: "Tabelle" });
    await tabTo(tableButton);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("table.measures tbody tr", { hasText: MEASURE }).textContent()).toContain("60 %");
    await expectAccessible(page, "table after the change");

    expect(consoleErrors).toEqual([]);
    // Only "who am I?" before signing in was refused: the console asked for nothing it could not have.
    expect(new Set(failedResponses)).toEqual(new Set(["GET /v1/session 401"]));
  });
});
