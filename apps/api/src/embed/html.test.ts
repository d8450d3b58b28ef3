import { describe, expect, it } from "vitest";
import { escapeHtml, html } from "./html.js";

describe("html", () => {
  it("escapes every interpolated string, including quotes inside attributes", () => {
    const hostile = `"><script>alert('x')</script>`;
    expect(html`<a title="${hostile}">${hostile}</a>`.__html).toBe(
      `<a title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</a>`,
    );
  });
  it("nests fragments without escaping them twice and leaves out empty values", () => {
    const items = ["a&b", "c"].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}${null}${false}</ul>`.__html).toBe("<ul><li>a&amp;b</li><li>c</li></ul>");
  });
  it("escapes ampersands first so entities stay readable", () => {
    expect(escapeHtml("&lt;")).toBe("&amp;lt;");
  });
});
