import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "@kfd/browser-testing";
import { observedPage, startStack, type Stack } from "./harness.js";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

// The widget tests rely on these checks finding problems; here they must find planted ones.
describe("test harness", () => {
  it("reports axe violations inside a widget's shadow root", async () => {
    const { page, context } = await observedPage(stack);
    await page.goto(stack.hostPage('<!doctype html><html lang="de"><head><title>Probe</title></head><body><main><h1>Probe</h1><div id="host"></div></main></body></html>'));
    await page.evaluate(() => {
      const root = document.getElementById("host")!.attachShadow({ mode: "open" });
      root.innerHTML = '<input type="text">';
    });
    expect((await axeViolations(page)).map((v) => v.id)).toContain("label");
    await context.close();
  });

  it("records CSP violations and console errors of the host page", async () => {
    const { page, context, observed } = await observedPage(stack);
    await page.goto(stack.hostPage('<!doctype html><html lang="de"><head><title>Probe</title><script>document.title = "inline"</script></head><body></body></html>'));
    await expect.poll(() => observed.cspViolations()).toEqual([expect.stringMatching(/^script-src/)]);
    expect(observed.consoleErrors.join("\n")).toMatch(/Content Security Policy/);
    expect(await page.title()).toBe("Probe");
    await context.close();
  });

  it("serves the host page on another origin than the API", () => {
    expect(new URL(stack.host).origin).not.toBe(new URL(stack.api).origin);
  });
});
