import { TEST_MUNICIPALITY } from "@kfd/db/testing";
import { createDialogue, createEvent, publishDialogue } from "@kfd/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { observedPage, startStack, type Stack } from "../../test/harness.js";

// KfdElement is exercised through the registration form, the smallest real widget built on it.
let stack: Stack;
let eventId: string;

beforeAll(async () => {
  stack = await startStack();
  const dialogue = await createDialogue(stack.admin, { title: "Basistest", municipalityAgs: TEST_MUNICIPALITY.ags });
  await publishDialogue(stack.admin, dialogue.id);
  eventId = (await createEvent(stack.admin, dialogue.id, { title: "Basistest", startsAt: "2030-12-05T18:00:00+01:00", endsAt: "2030-12-05T20:00:00+01:00", capacity: 10 })).id;
});

afterAll(async () => {
  await stack?.close();
});

function page(scripts: string[], body: string): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Basistest</title>
${scripts.map((s) => `<script type="module" src="${stack.api}/widgets/${s}"></script>`).join("\n")}
</head><body><main><h1>Basistest</h1>${body}</main></body></html>`;
}

describe("KfdElement", () => {
  it("tolerates the bundle and an entry file, and a second copy of the script, on one page", async () => {
    const { page: p, context, observed } = await observedPage(stack);
    const tag = `<kfd-registration-form api="${stack.api}" event="${eventId}"></kfd-registration-form>`;
    await p.goto(stack.hostPage(page(["kfd-widgets.js", "registration-form.js", "registration-form.js?copy=2"], tag)));
    await p.locator("kfd-registration-form #event-title").waitFor();
    expect(await p.evaluate(() => customElements.get("kfd-registration-form")?.name)).toBeTruthy();
    expect(observed.consoleErrors).toEqual([]);
    expect(await observed.cspViolations()).toEqual([]);
    await context.close();
  });

  it("derives and reflects dir from the language, and follows a change of lang", async () => {
    const { page: p, context } = await observedPage(stack);
    await p.goto(stack.hostPage(page(["registration-form.js"], `<kfd-registration-form api="${stack.api}" event="${eventId}" lang="de"></kfd-registration-form>`)));
    const form = p.locator("kfd-registration-form");
    await form.getByRole("button", { name: "Verbindlich anmelden" }).waitFor();
    expect(await form.getAttribute("dir")).toBe("ltr");

    await form.evaluate((el) => el.setAttribute("lang", "fa-AF"));
    await form.getByRole("button", { name: "ثبت‌نام قطعی" }).waitFor();
    expect(await form.getAttribute("dir")).toBe("rtl");
    expect(await form.locator(".root").getAttribute("lang")).toBe("fa");

    await form.evaluate((el) => ((el as HTMLElement).lang = "uk"));
    await form.getByRole("button", { name: "Зареєструватися" }).waitFor();

    await form.evaluate((el) => el.setAttribute("lang", "fr"));
    await form.getByRole("button", { name: "Verbindlich anmelden" }).waitFor();
    expect(await form.getAttribute("dir")).toBe("ltr");
    expect(await form.locator(".root").getAttribute("lang")).toBe("de");
    await context.close();
  });

  it("follows a language switch of the page when it has no lang of its own", async () => {
    const { page: p, context } = await observedPage(stack);
    await p.goto(stack.hostPage(page(["registration-form.js"], `<kfd-registration-form api="${stack.api}" event="${eventId}"></kfd-registration-form>`)));
    const form = p.locator("kfd-registration-form");
    await form.getByRole("button", { name: "Verbindlich anmelden" }).waitFor();
    await p.evaluate(() => (document.documentElement.lang = "ar"));
    await form.getByRole("button", { name: "تأكيد التسجيل" }).waitFor();
    expect(await form.getAttribute("dir")).toBe("rtl");
    await context.close();
  });

  it("finds the language across shadow roots of the host page", async () => {
    const { page: p, context } = await observedPage(stack);
    await p.goto(stack.hostPage(page(["registration-form.js"], '<div lang="tr" id="outer"></div>')));
    await p.evaluate(
      ({ api, event }) => {
        const shadow = document.getElementById("outer")!.attachShadow({ mode: "open" });
        const form = document.createElement("kfd-registration-form");
        form.setAttribute("api", api);
        form.setAttribute("event", event);
        shadow.append(form);
      },
      { api: stack.api, event: eventId },
    );
    await p.locator("kfd-registration-form").getByRole("button", { name: "Kaydı tamamla" }).waitFor();
    await context.close();
  });
});
