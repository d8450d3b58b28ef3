import { TEST_MUNICIPALITY } from "@kfd/db/testing";
import type { CreateEventInput, Dialogue, Event as KfdEvent } from "@kfd/domain";
import { cancelEvent, createDialogue, createEvent, listRegistrations, publishDialogue, register } from "@kfd/sdk";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "@kfd/browser-testing";
import { embeddingPage, observedPage, startStack, type Observed, type Stack } from "../../test/harness.js";

let stack: Stack;
let dialogue: Dialogue;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  stack = await startStack();
  dialogue = await createDialogue(stack.admin, { title: "Wie leben wir zukünftig zusammen?", municipalityAgs: TEST_MUNICIPALITY.ags });
  await publishDialogue(stack.admin, dialogue.id);
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

afterAll(async () => {
  await stack?.close();
});

let eventNumber = 0;

/** An event through the admin API: the widget must render whatever the API says. */
function newEvent(fields: Partial<CreateEventInput> = {}): Promise<KfdEvent> {
  eventNumber += 1;
  return createEvent(stack.admin, dialogue.id, {
    title: `Bürgerdialog im Rathaus ${eventNumber}`,
    startsAt: "2030-12-05T18:00:00+01:00",
    endsAt: "2030-12-05T20:30:00+01:00",
    capacity: 30,
    venue: { name: "Rathaus, Großer Saal", address: "Marktplatz 1, 72070 Tübingen" },
    languages: ["de", "ar", "fa"],
    interpretingLanguages: ["ar", "fa"],
    childcare: true,
    accessibility: { stepFree: true, accessibleToilet: true, notes: "Aufzug am Seiteneingang" },
    ...fields,
  });
}

interface OpenForm {
  page: Page;
  observed: Observed;
  form: Locator;
  status: Locator;
}

/** The host site's page with the form, loaded and rendered. */
async function openForm(eventId: string, options: { lang?: string; pageLang?: string; hostileCss?: boolean; attributes?: string } = {}): Promise<OpenForm> {
  const { page, context, observed } = await observedPage(stack);
  contexts.push(context);
  const lang = options.lang === undefined ? ' lang="de"' : options.lang === "" ? "" : ` lang="${options.lang}"`;
  const tag = `<kfd-registration-form api="${stack.api}" event="${eventId}"${lang} privacy-url="https://www.musterhausen.de/datenschutz"${options.attributes ?? ""}></kfd-registration-form>`;
  await page.goto(stack.hostPage(embeddingPage(stack, tag, { lang: options.pageLang ?? "de", hostileCss: options.hostileCss ?? false })));
  const form = page.locator("kfd-registration-form");
  await form.locator("#event-title").waitFor();
  await page.evaluate(() => {
    const seen: unknown[] = [];
    (globalThis as unknown as { kfdEvents: unknown[] }).kfdEvents = seen;
    for (const name of ["kfd-registered", "kfd-registration-cancelled", "kfd-error"]) {
      document.addEventListener(name, (e) => seen.push({ type: e.type, detail: (e as CustomEvent).detail }));
    }
  });
  return { page, observed, form, status: form.locator('[role="status"]') };
}

const dispatched = (page: Page) => page.evaluate(() => (globalThis as unknown as { kfdEvents: { type: string; detail: unknown }[] }).kfdEvents);

async function fillRequired(form: Locator, person: { name: string; email: string }): Promise<void> {
  await form.getByLabel("Name").fill(person.name);
  await form.getByLabel("E-Mail-Adresse").fill(person.email);
  await form.getByLabel(/Ich bin einverstanden/).check();
}

const submit = (form: Locator) => form.getByRole("button", { name: /Verbindlich anmelden|Auf die Warteliste setzen/ }).click();

/** The id of the element focused inside the widget's shadow root. */
const focusedId = (page: Page) => page.evaluate(() => document.querySelector("kfd-registration-form")?.shadowRoot?.activeElement?.id ?? null);

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

async function expectCleanEmbedding(observed: Observed): Promise<void> {
  expect(observed.consoleErrors).toEqual([]);
  expect(await observed.cspViolations()).toEqual([]);
  const foreign = observed.requests.filter((url) => !url.startsWith(`${stack.api}/`) && !url.startsWith(`${stack.host}/`));
  expect(foreign).toEqual([]);
}

describe("<kfd-registration-form>", () => {
  it("has no axe violations when loaded, showing errors, and after registering", async () => {
    const event = await newEvent();
    const { page, form, status } = await openForm(event.id);
    await expectNoAxeViolations(page);

    await submit(form);
    await expect.poll(() => form.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    await fillRequired(form, { name: "Amina Haddad", email: "amina.axe@example.org" });
    await submit(form);
    await status.getByText("Sie sind angemeldet.").waitFor();
    await expectNoAxeViolations(page);
  });

  it("shows the event from the API in the reader's language and in Berlin time, on a strict-CSP site of another origin", async () => {
    const event = await newEvent({ capacity: 12 });
    const { form, observed } = await openForm(event.id, { attributes: ' heading-level="3"' });
    expect(await form.getByRole("heading", { level: 3 }).textContent()).toBe(event.title);
    expect((await form.getByRole("heading", { level: 4 }).textContent())?.trim()).toBe("Anmelden");
    const facts = form.locator(".facts");
    await expect.poll(() => form.locator("#event-title").textContent()).toBe(event.title);
    // The browser runs in New York: 18:00 must stay 18:00 Berlin time.
    await expect.poll(() => facts.textContent()).toMatch(/Donnerstag, 5\. Dezember 2030.*18:00.*20:30/);
    const text = (await facts.textContent()) ?? "";
    expect(text).toContain("Rathaus, Großer Saal, Marktplatz 1, 72070 Tübingen");
    expect(text).toContain("vor Ort");
    expect(text).toContain("freie Plätze: 12");
    expect(text).toContain("Deutsch, Arabisch und Persisch");
    expect(text).toContain("Arabisch und Persisch");
    expect(text).toContain("wird angeboten");
    expect(text).toContain("stufenloser Zugang und barrierefreies WC");
    expect(text).toContain("Aufzug am Seiteneingang");
    await expectCleanEmbedding(observed);
  });

  it("registers with every optional field, announces it, dispatches kfd-registered and lets the person cancel", async () => {
    const event = await newEvent();
    const { page, form, status, observed } = await openForm(event.id);
    await fillRequired(form, { name: "Olena Kovalenko", email: "olena@example.org" });
    await form.getByLabel("Ich komme als …").selectOption("gefluechtete");
    await form.getByLabel("Bevorzugte Sprache").selectOption("uk");
    await form.getByLabel(/Dolmetscherin/).check();
    await form.getByLabel("In welche Sprache?").selectOption("fa");
    await form.getByLabel(/Kinderbetreuung\./).check();
    await form.getByLabel("Wie viele Kinder?").fill("2");
    await form.getByLabel(/Alter der Kinder/).fill("3 und 6");
    await form.getByLabel(/Was brauchen Sie/).fill("Rollstuhlplatz");
    await submit(form);

    await status.getByText("Sie sind angemeldet.").waitFor();
    await expect.poll(() => form.locator(".facts").textContent()).toContain("freie Plätze: 29");
    // Focus moves to the announcement, so keyboard and screen-reader users land on the outcome.
    expect(await page.evaluate(() => document.querySelector("kfd-registration-form")?.shadowRoot?.activeElement?.closest('[role="status"]') != null)).toBe(true);
    expect(await dispatched(page)).toEqual([{ type: "kfd-registered", detail: { status: "confirmed", waitlistPosition: null } }]);
    const [stored] = await listRegistrations(stack.admin, event.id);
    expect(stored).toMatchObject({
      name: "Olena Kovalenko",
      email: "olena@example.org",
      status: "confirmed",
      actorGroup: "gefluechtete",
      language: "uk",
      interpreting: "fa",
      childcare: { children: 2, ages: "3 und 6" },
      accessibilityNeeds: "Rollstuhlplatz",
    });

    const calendar = form.getByRole("link", { name: "Zum Kalender hinzufügen" });
    expect(await calendar.getAttribute("href")).toBe(`${stack.api}/v1/events/${event.id}/calendar.ics`);

    await form.getByRole("button", { name: "Anmeldung stornieren" }).click();
    expect(await focusedId(page)).toBe("");
    expect(await page.evaluate(() => document.querySelector("kfd-registration-form")?.shadowRoot?.activeElement?.textContent?.trim())).toBe("Nein, angemeldet bleiben");
    await form.getByRole("button", { name: "Nein, angemeldet bleiben" }).click();
    expect((await listRegistrations(stack.admin, event.id))[0]?.status).toBe("confirmed");
    await form.getByRole("button", { name: "Anmeldung stornieren" }).click();
    await expectNoAxeViolations(page);
    await form.getByRole("button", { name: "Ja, stornieren" }).click();
    await status.getByText("Ihre Anmeldung ist storniert.").waitFor();
    expect((await listRegistrations(stack.admin, event.id))[0]?.status).toBe("cancelled");
    expect((await dispatched(page)).map((e) => e.type)).toEqual(["kfd-registered", "kfd-registration-cancelled"]);
    await expectCleanEmbedding(observed);
  });

  it("names each invalid field next to it, marks it, announces the count and moves focus to the first", async () => {
    const event = await newEvent();
    const { page, form, status } = await openForm(event.id);
    await form.getByLabel("Name").fill("Jonas");
    await form.getByLabel("E-Mail-Adresse").fill("jonas-at-example");
    await submit(form);

    const email = form.getByLabel("E-Mail-Adresse");
    await expect.poll(() => email.getAttribute("aria-invalid")).toBe("true");
    expect(await focusedId(page)).toBe("email");
    const describedBy = (await email.getAttribute("aria-describedby")) ?? "";
    expect(await form.locator(`#${describedBy}`).textContent()).toContain("gültige E-Mail-Adresse");
    const consent = form.getByLabel(/Ich bin einverstanden/);
    expect(await consent.getAttribute("aria-invalid")).toBe("true");
    expect(await form.locator("#consent-error").textContent()).toContain("Bitte stimmen Sie zu");
    expect(await form.getByLabel("Name").getAttribute("aria-invalid")).toBe("false");
    expect(await status.textContent()).toContain("Fehler: 2");
    expect(await listRegistrations(stack.admin, event.id)).toEqual([]);
  });

  it("puts people on the waitlist with their position when the seats are taken", async () => {
    const event = await newEvent({ capacity: 1, waitlist: true });
    await register(stack.admin, event.id, { name: "Erste Person", email: "erste@example.org", consent: true });
    const { page, form, status } = await openForm(event.id);
    expect(await form.locator(".facts").textContent()).toContain("ausgebucht – Anmeldung auf die Warteliste möglich");
    await fillRequired(form, { name: "Zweite Person", email: "zweite@example.org" });
    await submit(form);
    await status.getByText("Sie stehen auf der Warteliste.").waitFor();
    expect(await status.textContent()).toContain("Ihr Platz auf der Warteliste: 1.");
    expect(await dispatched(page)).toEqual([{ type: "kfd-registered", detail: { status: "waitlisted", waitlistPosition: 1 } }]);
    await expectNoAxeViolations(page);
  });

  it("says so when the event is full and has no waitlist — before and after typing", async () => {
    const full = await newEvent({ capacity: 1, waitlist: false });
    await register(stack.admin, full.id, { name: "Erste Person", email: "erste@example.org", consent: true });
    const before = await openForm(full.id);
    await before.form.getByText("Leider sind alle Plätze vergeben, und es gibt keine Warteliste.").waitFor();
    expect(await before.form.locator("form").count()).toBe(0);
    await expectNoAxeViolations(before.page);

    const race = await newEvent({ capacity: 1, waitlist: false });
    const { form, status } = await openForm(race.id);
    await fillRequired(form, { name: "Zu spät", email: "spaet@example.org" });
    await register(stack.admin, race.id, { name: "Schneller", email: "schneller@example.org", consent: true });
    await submit(form);
    await status.getByText("Leider sind alle Plätze vergeben, und es gibt keine Warteliste.").waitFor();
    await expect.poll(() => form.locator(".facts").textContent()).toContain("ausgebucht");
  });

  it("says when registration opens, that it has closed, or that the event was cancelled", async () => {
    const notOpen = await newEvent({ registrationOpensAt: "2030-11-01T09:00:00+01:00" });
    const a = await openForm(notOpen.id);
    await a.form.getByText("Die Anmeldung ist noch nicht geöffnet. Sie beginnt am 1. November 2030.").waitFor();
    expect(await a.form.locator("form").count()).toBe(0);
    await expectNoAxeViolations(a.page);

    const closed = await newEvent({ registrationClosesAt: "2021-01-01T00:00:00+01:00" });
    const b = await openForm(closed.id);
    await b.form.getByText("Die Anmeldung ist geschlossen.").waitFor();

    const cancelled = await newEvent();
    await cancelEvent(stack.admin, cancelled.id, "Der Saal ist nicht verfügbar.");
    const c = await openForm(cancelled.id);
    await c.form.getByText("Diese Veranstaltung wurde abgesagt. Eine Anmeldung ist nicht mehr möglich.").waitFor();
    expect(await c.form.locator(".event").textContent()).toContain("Der Saal ist nicht verfügbar.");
    await expectNoAxeViolations(c.page);
  });

  it("reports an event cancelled while the form was open", async () => {
    const event = await newEvent();
    const { form, status } = await openForm(event.id);
    await fillRequired(form, { name: "Noch da", email: "noch-da@example.org" });
    await cancelEvent(stack.admin, event.id, "Unwetter");
    await submit(form);
    await status.getByText("Diese Veranstaltung wurde abgesagt. Eine Anmeldung ist nicht mehr möglich.").waitFor();
  });

  it("tells a person who is already registered, and keeps the form", async () => {
    const event = await newEvent();
    await register(stack.admin, event.id, { name: "Mehmet", email: "mehmet@example.org", consent: true });
    const { form, status } = await openForm(event.id);
    await fillRequired(form, { name: "Mehmet", email: "Mehmet@Example.org" });
    await submit(form);
    await status.getByText("Mit dieser E-Mail-Adresse sind Sie für diese Veranstaltung schon angemeldet.").waitFor();
    expect(await form.getByLabel("E-Mail-Adresse").inputValue()).toBe("Mehmet@Example.org");
    expect(await listRegistrations(stack.admin, event.id)).toHaveLength(1);
  });

  it("keeps the input after a network failure and registers on retry", async () => {
    const event = await newEvent();
    const { page, form, status } = await openForm(event.id);
    const route = `${stack.api}/v1/events/${event.id}/registrations`;
    await page.route(route, (r) => r.abort("connectionfailed"));
    await fillRequired(form, { name: "Samira", email: "samira@example.org" });
    await form.getByLabel(/Was brauchen Sie/).fill("Gebärdensprache");
    await submit(form);
    await status.getByText(/konnte nicht gesendet werden\. Ihre Eingaben bleiben erhalten/).waitFor();
    expect((await dispatched(page)).map((e) => (e as { detail: { code: string } }).detail.code)).toEqual(["network_error"]);
    await expectNoAxeViolations(page);

    await page.unroute(route);
    expect(await form.getByLabel("Name").inputValue()).toBe("Samira");
    expect(await form.getByLabel(/Was brauchen Sie/).inputValue()).toBe("Gebärdensprache");
    await submit(form);
    await status.getByText("Sie sind angemeldet.").waitFor();
    expect((await listRegistrations(stack.admin, event.id)).map((r) => r.accessibilityNeeds)).toEqual(["Gebärdensprache"]);
  });

  it("never registers twice on a double click", async () => {
    const event = await newEvent();
    const { form, status } = await openForm(event.id);
    await fillRequired(form, { name: "Doppel Klick", email: "doppel@example.org" });
    await form.getByRole("button", { name: "Verbindlich anmelden" }).dblclick();
    await status.getByText("Sie sind angemeldet.").waitFor();
    expect(await listRegistrations(stack.admin, event.id)).toHaveLength(1);
  });

  it("can be used with the keyboard alone (Tab, Space, Enter)", async () => {
    const event = await newEvent();
    const { page, form, status } = await openForm(event.id);
    await page.locator("body").click({ position: { x: 1, y: 1 } });

    /** Presses Tab until the field with `id` inside the widget has focus. */
    async function tabTo(id: string): Promise<void> {
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press("Tab");
        if ((await focusedId(page)) === id) return;
      }
      throw new Error(`Tab never reached #${id}`);
    }

    await tabTo("name");
    await page.keyboard.type("Keyboard Nutzerin");
    await page.keyboard.press("Tab");
    expect(await focusedId(page)).toBe("email");
    await page.keyboard.type("tastatur@example.org");
    await tabTo("wantsChildcare");
    await page.keyboard.press("Space");
    await tabTo("childcare-children");
    await tabTo("consent");
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.querySelector("kfd-registration-form")?.shadowRoot?.activeElement?.getAttribute("type"))).toBe("submit");
    await page.keyboard.press("Enter");
    await status.getByText("Sie sind angemeldet.").waitFor();
    expect(await listRegistrations(stack.admin, event.id)).toMatchObject([{ name: "Keyboard Nutzerin", childcare: { children: 1 } }]);
  });

  it("lays out right to left in Arabic and speaks Arabic", async () => {
    const event = await newEvent();
    const { page, form, status } = await openForm(event.id, { lang: "ar" });
    expect(await form.getAttribute("dir")).toBe("rtl");
    expect(await form.locator(".root").evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    expect(await form.locator(".root").getAttribute("lang")).toBe("ar");
    await form.getByRole("button", { name: "تأكيد التسجيل" }).waitFor();

    const geometry = await form.evaluate((host) => {
      const root = host.shadowRoot!;
      const box = root.querySelector("form")!.getBoundingClientRect();
      const label = root.querySelector('label[for="name"]')!;
      const range = document.createRange();
      range.selectNodeContents(label);
      const text = range.getBoundingClientRect();
      return { formRight: box.right, formLeft: box.left, textRight: text.right, textLeft: text.left };
    });
    // The label's text hugs the right edge of the form; its left side stays free.
    expect(Math.abs(geometry.formRight - geometry.textRight)).toBeLessThan(4);
    expect(geometry.textLeft - geometry.formLeft).toBeGreaterThan(100);
    await expect.poll(() => form.locator(".facts").textContent()).toMatch(/ديسمبر/);
    // Nothing pokes out to the right of an otherwise left-to-right page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await expectNoAxeViolations(page);

    await submitInArabic(form);
    await form.getByText("يُرجى إدخال اسمك (120 حرفًا كحدّ أقصى).").waitFor();
    expect(await status.textContent()).toContain("عدد الأخطاء: 3");
    await expectNoAxeViolations(page);

    await fillRequiredInArabic(form);
    await submitInArabic(form);
    await status.getByText("تم تسجيلك.").waitFor();
  });

  it("follows the page's language without a lang attribute, and two widgets may speak two languages", async () => {
    const event = await newEvent();
    const { page, observed } = await observedPage(stack);
    contexts.push(page.context());
    const widgets = `<kfd-registration-form api="${stack.api}" event="${event.id}"></kfd-registration-form>
<div lang="tr"><kfd-registration-form api="${stack.api}" event="${event.id}"></kfd-registration-form></div>`;
    await page.goto(stack.hostPage(embeddingPage(stack, widgets, { lang: "uk" })));
    const [ukrainian, turkish] = [page.locator("kfd-registration-form").nth(0), page.locator("kfd-registration-form").nth(1)];
    await ukrainian.getByRole("button", { name: "Зареєструватися" }).waitFor();
    await turkish.getByRole("button", { name: "Kaydı tamamla" }).waitFor();
    expect(await ukrainian.locator(".facts").textContent()).toMatch(/грудня 2030/);
    expect(await turkish.locator(".facts").textContent()).toMatch(/Aralık 2030/);
    await expectCleanEmbedding(observed);
  });

  it("stays readable under hostile host CSS", async () => {
    const event = await newEvent();
    const { form, observed } = await openForm(event.id, { hostileCss: true });
    const label = form.locator('label[for="name"]');
    const style = await label.evaluate((el) => {
      const s = getComputedStyle(el);
      return { fontSize: parseFloat(s.fontSize), textTransform: s.textTransform, lineHeight: parseFloat(s.lineHeight), boxSizing: s.boxSizing, text: (el as HTMLElement).innerText };
    });
    expect(style.fontSize).toBeGreaterThanOrEqual(14);
    expect(style.textTransform).toBe("none");
    expect(style.text.startsWith("Name")).toBe(true);
    expect(style.lineHeight).toBeGreaterThanOrEqual(style.fontSize * 1.2);
    expect(style.boxSizing).toBe("border-box");
    await expectCleanEmbedding(observed);
  });

  it("offers to load again when the event could not be loaded", async () => {
    const event = await newEvent();
    const { page, context, observed } = await observedPage(stack);
    contexts.push(context);
    const url = `${stack.api}/v1/events/${event.id}`;
    await page.route(url, (r) => r.abort("internetdisconnected"));
    await page.goto(stack.hostPage(embeddingPage(stack, `<kfd-registration-form api="${stack.api}" event="${event.id}" lang="en"></kfd-registration-form>`)));
    const form = page.locator("kfd-registration-form");
    await form.getByText("The event could not be loaded. Please check your internet connection.").waitFor();
    await expectNoAxeViolations(page);

    await page.unroute(url);
    await form.getByRole("button", { name: "Try again" }).click();
    await form.locator("#event-title").waitFor();
    expect(await form.getByRole("button", { name: "Register" }).count()).toBe(1);
    expect(await observed.cspViolations()).toEqual([]);
  });

  it("says so when the event does not exist", async () => {
    const { page, observed } = await observedPage(stack);
    contexts.push(page.context());
    const tag = `<kfd-registration-form api="${stack.api}" event="no-such-event" lang="de"></kfd-registration-form>`;
    await page.goto(stack.hostPage(embeddingPage(stack, tag)));
    await page.locator("kfd-registration-form").getByText("Diese Veranstaltung wurde nicht gefunden.").waitFor();
    expect(observed.requests.filter((u) => u.includes("/v1/"))).toEqual([`${stack.api}/v1/events/no-such-event`]);
    await expectNoAxeViolations(page);
  });
});

async function fillRequiredInArabic(form: Locator): Promise<void> {
  await form.getByLabel("الاسم").fill("ليلى");
  await form.getByLabel("عنوان البريد الإلكتروني").fill("layla@example.org");
  await form.getByLabel(/أوافق على معالجة بياناتي/).check();
}

const submitInArabic = (form: Locator) => form.getByRole("button", { name: "تأكيد التسجيل" }).click();
