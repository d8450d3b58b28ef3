import { createDialogue, createMeasure, publishDialogue } from "@kfd/sdk";
import { TEST_MUNICIPALITY } from "@kfd/db/testing";
import type { BrowserContext, Frame } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "@kfd/browser-testing";
import { observedPage, startStack, type Stack } from "../../test/harness.js";

/*
 * The server-rendered Steckbrief (apps/api/src/embed) in a real browser: the no-JavaScript
 * counterpart of <kfd-steckbrief-card>, framed by other sites directly or through oEmbed.
 */
let stack: Stack;
const contexts: BrowserContext[] = [];
const title = "Kommunaler Flüchtlingsdialog Musterstadt";

beforeAll(async () => {
  stack = await startStack();
  const dialogue = await createDialogue(stack.admin, {
    title,
    slug: "musterstadt",
    municipalityAgs: TEST_MUNICIPALITY.ags,
    occasion: "Viele neue Nachbarinnen und Nachbarn.\n\nWir wollen gemeinsam planen.",
    topics: [{ slug: "bauen-wohnen", label: "Bauen & Wohnen" }],
    recommendations: "Früh die Vereine einbinden.",
    contact: { role: "Integrationsbeauftragte", email: "integration@example.org" },
  });
  await publishDialogue(stack.admin, dialogue.id);
  await createMeasure(stack.admin, dialogue.id, { title: "Wohnraumbörse", status: "done" });
  await createMeasure(stack.admin, dialogue.id, { title: "Sprachcafé", status: "in-progress", progress: 50 });
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

afterAll(async () => {
  await stack?.close();
});

async function freshPage(options: { javaScriptEnabled?: boolean } = {}) {
  const opened = await observedPage(stack);
  contexts.push(opened.context);
  if (options.javaScriptEnabled === false) {
    await opened.context.close();
    const context = await stack.browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
    contexts.push(context);
    return { page: await context.newPage(), observed: undefined };
  }
  return opened;
}

/** A host page on another origin that frames `src` and records every message its frames post. */
function framingPage(frame: string): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Verband Musterstadt</title><link rel="icon" href="data:,"></head>
<body><main><h1>Unser Engagement</h1>${frame}</main>
<script>
  window.kfdMessages = [];
  window.addEventListener("message", (e) => window.kfdMessages.push({ origin: e.origin, data: e.data }));
</script></body></html>`;
}

const messagesOf = (page: import("playwright-core").Page) =>
  page.evaluate(() => (globalThis as unknown as { kfdMessages: { origin: string; data: { type?: string; height?: number } }[] }).kfdMessages);

async function cardFrame(page: import("playwright-core").Page): Promise<Frame> {
  const handle = await page.locator("iframe").elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.locator("h1").waitFor();
  return frame!;
}

describe("the embeddable Steckbrief page", () => {
  it("has no axe violations in German and Arabic, full and compact, nor on the public page and the not-found page", async () => {
    const paths = [
      "/embed/steckbrief/musterstadt",
      "/embed/steckbrief/musterstadt?lang=ar",
      "/embed/steckbrief/musterstadt?variant=compact",
      "/embed/steckbrief/musterstadt?lang=fa&variant=compact",
      "/steckbrief/musterstadt?lang=uk",
      "/embed/steckbrief/gibt-es-nicht",
    ];
    for (const path of paths) {
      const { page } = await freshPage();
      await page.goto(`${stack.api}${path}`);
      expect(await axeViolations(page), path).toEqual([]);
    }
  });

  it("shows the whole card without JavaScript", async () => {
    const { page } = await freshPage({ javaScriptEnabled: false });
    await page.goto(`${stack.api}/embed/steckbrief/musterstadt`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(title);
    expect(await page.getByRole("heading", { level: 2, name: "Maßnahmenkatalog" }).isVisible()).toBe(true);
    const bar = page.getByRole("progressbar", { name: "Fortschritt" });
    expect(await bar.getAttribute("value")).toBe("75");
    expect(await page.locator(".progress-text").innerText()).toMatch(/^1 von 2 Maßnahmen umgesetzt, 75\s%$/);
    expect(await page.getByRole("link", { name: "integration@example.org" }).getAttribute("href")).toBe("mailto:integration@example.org");
    // The stylesheet applied (it is a file, not inline): the card has its border and the topics are chips.
    expect(await page.locator(".card").evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe("solid");
    expect(await page.locator(".topics").evaluate((el) => getComputedStyle(el).display)).toBe("flex");
  });

  it("lays out right to left in Arabic", async () => {
    const { page } = await freshPage();
    await page.goto(`${stack.api}/embed/steckbrief/musterstadt?lang=ar`);
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await page.locator(".section__title").first().evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    expect(await page.getByRole("heading", { name: "قائمة الإجراءات" }).count()).toBe(1);
  });

  it("tells a parent page on another origin its height, and again when it reflows", async () => {
    const { page, observed } = await freshPage();
    const src = `${stack.api}/embed/steckbrief/musterstadt`;
    await page.goto(stack.hostPage(framingPage(`<iframe src="${src}" title="Steckbrief: ${title}" width="640" height="300"></iframe>`), { csp: false }));
    const frame = await cardFrame(page);
    await expect.poll(async () => (await messagesOf(page)).filter((m) => m.data?.type === "kfd:resize").length).toBeGreaterThan(0);
    const first = (await messagesOf(page)).filter((m) => m.data?.type === "kfd:resize").at(-1)!;
    expect(first.origin).toBe(stack.api);
    const documentHeight = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(first.data.height).toBe(documentHeight);
    expect(first.data.height).toBeGreaterThan(300);

    await page.locator("iframe").evaluate((el) => el.setAttribute("width", "320"));
    await expect.poll(async () => (await messagesOf(page)).filter((m) => m.data?.type === "kfd:resize").at(-1)!.data.height).toBeGreaterThan(first.data.height!);
    expect(observed!.consoleErrors).toEqual([]);
  });

  it("speaks WordPress's resize protocol when WordPress frames it with a secret", async () => {
    const { page } = await freshPage();
    const src = `${stack.api}/embed/steckbrief/musterstadt#?secret=Ab12Cd34`;
    await page.goto(stack.hostPage(framingPage(`<iframe sandbox="allow-scripts" src="${src}" title="Steckbrief" width="600" height="200"></iframe>`), { csp: false }));
    await expect.poll(async () => (await messagesOf(page)).some((m) => (m.data as { message?: string; secret?: string }).message === "height")).toBe(true);
    const wp = (await messagesOf(page)).find((m) => (m.data as { message?: string }).message === "height")!.data as unknown as { value: number; secret: string };
    expect(wp.secret).toBe("Ab12Cd34");
    expect(wp.value).toBeGreaterThan(200);
  });

  it("is framed from its oEmbed answer by a strict-CSP host site without errors", async () => {
    const oembed = (await (await fetch(`${stack.api}/oembed?url=${encodeURIComponent(`${stack.api}/steckbrief/musterstadt`)}&format=json&maxwidth=500`)).json()) as { html: string; width: number };
    expect(oembed.width).toBe(500);
    const { page, observed } = await freshPage();
    const strict = `default-src 'none'; frame-src ${stack.api}; style-src 'self'`;
    await page.goto(stack.hostPage(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Verband</title></head><body><main><h1>Verband</h1>${oembed.html}</main></body></html>`, { csp: strict }));
    const frame = await cardFrame(page);
    expect(await frame.locator("h1").innerText()).toBe(title);
    expect(await page.locator("iframe").getAttribute("title")).toBe(`Steckbrief: ${title}`);
    expect(observed!.consoleErrors).toEqual([]);
    const foreign = observed!.requests.filter((url) => !url.startsWith(`${stack.api}/`) && !url.startsWith(`${stack.host}/`));
    expect(foreign).toEqual([]);
  });

  it("announces its oEmbed to discovering consumers", async () => {
    const { page } = await freshPage();
    await page.goto(`${stack.api}/steckbrief/musterstadt`);
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
    const answer = (await (await fetch(href!)).json()) as { type: string; title: string; html: string };
    expect(answer).toMatchObject({ type: "rich", title });
    expect(answer.html).toContain(`src="${stack.api}/embed/steckbrief/musterstadt"`);
  });
});
