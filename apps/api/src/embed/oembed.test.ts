import { describe, expect, it } from "vitest";
import { oembedRich, oembedSize, steckbriefRefFromUrl } from "./oembed.js";

const origins = ["https://kfd.example.org"];

describe("steckbriefRefFromUrl", () => {
  it("recognises the embed page, the public page and the API address of a Steckbrief", () => {
    expect(steckbriefRefFromUrl("https://kfd.example.org/embed/steckbrief/ostfildern", origins)).toBe("ostfildern");
    expect(steckbriefRefFromUrl("https://kfd.example.org/steckbrief/ostfildern/?lang=ar", origins)).toBe("ostfildern");
    expect(steckbriefRefFromUrl("https://kfd.example.org/v1/dialogues/ostfildern/steckbrief", origins)).toBe("ostfildern");
  });
  it("refuses other paths, other origins and things that are no URL", () => {
    expect(steckbriefRefFromUrl("https://kfd.example.org/v1/dialogues/ostfildern", origins)).toBeUndefined();
    expect(steckbriefRefFromUrl("https://evil.example.com/steckbrief/ostfildern", origins)).toBeUndefined();
    expect(steckbriefRefFromUrl("not a url", origins)).toBeUndefined();
    expect(steckbriefRefFromUrl("https://kfd.example.org/steckbrief/%E0%A4%A", origins)).toBeUndefined();
  });
});

describe("oembedSize", () => {
  it("keeps within the consumer's maximum but never below a phone's width", () => {
    expect(oembedSize(undefined, undefined)).toEqual({ width: 640, height: 720 });
    expect(oembedSize(500, 400)).toEqual({ width: 500, height: 400 });
    expect(oembedSize(100, undefined).width).toBe(280);
  });
});

describe("oembedRich", () => {
  it("frames the embed page with a title and escapes what the municipality wrote", () => {
    const o = oembedRich({ origin: "https://kfd.example.org", idOrSlug: "a-b", title: `Dialog "<b>"`, lang: "ar", width: 640, height: 720 });
    expect(o.html).toContain(`src="https://kfd.example.org/embed/steckbrief/a-b?lang=ar"`);
    expect(o.html).toContain(`title="Steckbrief: Dialog &quot;&lt;b&gt;&quot;"`);
    expect(o.html).not.toContain("style=");
    expect(o).toMatchObject({ version: "1.0", type: "rich", provider_name: "kfd", title: `Dialog "<b>"` });
  });
});
