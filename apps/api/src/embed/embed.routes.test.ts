import { createEvent, createMeasure, register, setDialoguePublished } from "@kfd/db";
import { createTestDatabase, eventFields, registrationData, seedDialogue, type TestDatabase } from "@kfd/db/testing";
import { createMeasureSchema } from "@kfd/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.js";
import { loadConfig } from "../config.js";

const now = new Date("2026-11-21T10:00:00Z");
const origin = "http://localhost";
const hostile = `Dialog <script>alert("x")</script> & "Zitat"`;

let test: TestDatabase;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  test = await createTestDatabase("sqlite");
  const dialogue = await seedDialogue(test.db, now, {
    slug: "musterdialog",
    title: hostile,
    occasion: "Wir wollen <b>gemeinsam</b> sprechen.",
    method: "world-cafe",
    topics: [{ slug: "bauen-wohnen", label: "Bauen & Wohnen" }],
    participantCount: 70,
    resultsSummary: "Viele Ideen.",
    recommendations: "Früh anfangen.",
    costs: { totalEuro: 4500 },
    contact: { role: "Integrationsbeauftragte", email: "integration@example.org" },
  });
  await setDialoguePublished(test.db, dialogue.id, true, now);
  await seedDialogue(test.db, now, { slug: "entwurf", title: "Noch nicht veröffentlicht" });
  const measures = [
    { title: "Wohnraumbörse", status: "done" },
    { title: "Sprachcafé", status: "in-progress", progress: 50 },
    { title: "Patenschaften", status: "planned" },
  ] as const;
  for (const m of measures) await createMeasure(test.db, dialogue.id, createMeasureSchema.parse(m), now);
  const event = await createEvent(test.db, dialogue.id, eventFields(), now);
  await register(test.db, event.id, registrationData(1, { name: "Erika Mustermann-Geheim", email: "erika.geheim@example.org" }), now);
  app = createApp({ db: test.db, config: loadConfig({}), now: () => now });
});

afterAll(async () => {
  await test?.cleanup();
});

const get = (path: string) => app.request(`${origin}${path}`);

describe("GET /embed/steckbrief/{idOrSlug}", () => {
  it("renders a complete card page that any site may frame and that runs nothing inline", async () => {
    const res = await get("/embed/steckbrief/musterdialog");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors *");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(res.headers.get("x-frame-options")).toBeNull();
    const page = await res.text();
    expect(page).toMatch(/^<!doctype html>\n<html lang="de" dir="ltr">/);
    expect(page).not.toMatch(/\sstyle=/);
    for (const [, attributes] of page.matchAll(/<script([^>]*)>/g)) expect(attributes).toContain(`src="/embed/assets/auto-size.js"`);
    expect(page).toContain(`<link rel="stylesheet" href="/embed/assets/steckbrief-card.css">`);
    expect(page).toContain(`type="application/json+oembed" href="${origin}/oembed?url=${encodeURIComponent(`${origin}/embed/steckbrief/musterdialog`)}&amp;format=json"`);
  });

  it("shows the Steckbrief's content, escaping everything the municipality wrote", async () => {
    const page = await (await get("/embed/steckbrief/musterdialog")).text();
    expect(page).not.toContain("<script>alert");
    expect(page).toContain("Dialog &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Zitat&quot;");
    expect(page).toContain("Wir wollen &lt;b&gt;gemeinsam&lt;/b&gt; sprechen.");
    expect(page).toContain("Bauen &amp; Wohnen");
    expect(page).toContain("World-Café");
    expect(page).toContain(`<progress class="progress" max="100" value="50"`);
    expect(page).toMatch(/1 von 3 Maßnahmen umgesetzt, 50\s%/);
    expect(page).toContain(`<a href="mailto:integration@example.org">integration@example.org</a>`);
    expect(page).toMatch(/4\.500\s€/);
  });

  it("never shows a registrant", async () => {
    const page = await (await get("/embed/steckbrief/musterdialog")).text();
    expect(page).not.toContain("Erika");
    expect(page).not.toContain("erika.geheim");
  });

  it("speaks the requested language, right to left for Arabic and Farsi", async () => {
    const ar = await (await get("/embed/steckbrief/musterdialog?lang=ar")).text();
    expect(ar).toMatch(/<html lang="ar" dir="rtl">/);
    expect(ar).toContain("قائمة الإجراءات");
    const fa = await (await get("/embed/steckbrief/musterdialog?lang=fa-AF")).text();
    expect(fa).toMatch(/<html lang="fa" dir="rtl">/);
    const uk = await (await get("/embed/steckbrief/musterdialog?lang=uk")).text();
    expect(uk).toMatch(/<html lang="uk" dir="ltr">/);
    expect(uk).toContain("Каталог заходів");
  });

  it("marks the full-only sections in the compact variant instead of leaving them out, so print can show them", async () => {
    const page = await (await get("/embed/steckbrief/musterdialog?variant=compact")).text();
    expect(page).toContain(`class="card card--compact"`);
    expect(page).toMatch(/class="section section--recommendations full-only"/);
  });

  it("answers 404 with a readable page for unknown and unpublished dialogues", async () => {
    for (const slug of ["gibt-es-nicht", "entwurf"]) {
      const res = await get(`/embed/steckbrief/${slug}`);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain("Diesen Steckbrief gibt es nicht");
    }
  });
});

describe("GET /steckbrief/{slug}", () => {
  it("is a public page of its own, linking every translation, not frameable", async () => {
    const res = await get("/steckbrief/musterdialog?lang=tr");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const page = await res.text();
    expect(page).toMatch(/<html lang="tr" dir="ltr">/);
    expect(page).toContain(`hreflang="ar" href="${origin}/steckbrief/musterdialog?lang=ar"`);
    expect(page).toContain(`aria-current="page">Türkçe</a>`);
  });
});

describe("the embed assets", () => {
  it("serves the stylesheet and the auto-size script as files", async () => {
    const css = await get("/embed/assets/steckbrief-card.css");
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(await css.text()).toContain(".card--compact .full-only");
    const js = await get("/embed/assets/auto-size.js");
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await js.text()).toContain(`type: "kfd:resize"`);
  });
});

describe("GET /oembed", () => {
  const oembed = (url: string, extra = "") => get(`/oembed?url=${encodeURIComponent(url)}${extra}`);

  it("answers a rich oEmbed for each address of a Steckbrief", async () => {
    for (const url of [`${origin}/embed/steckbrief/musterdialog`, `${origin}/steckbrief/musterdialog`, `${origin}/v1/dialogues/musterdialog/steckbrief`]) {
      const res = await oembed(url, "&format=json");
      expect(res.status).toBe(200);
      const body = (await res.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ version: "1.0", type: "rich", provider_name: "kfd", title: hostile, width: 640, height: 720 });
      expect(body.html).toBe(
        `<iframe src="${origin}/embed/steckbrief/musterdialog" title="Steckbrief: Dialog &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Zitat&quot;" width="640" height="720" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" class="kfd-steckbrief-frame"></iframe>`,
      );
    }
  });

  it("keeps to maxwidth/maxheight and carries the language of the URL", async () => {
    const body = (await (await oembed(`${origin}/steckbrief/musterdialog?lang=ar`, "&maxwidth=400&maxheight=300")).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ width: 400, height: 300 });
    expect(body.html).toContain(`src="${origin}/embed/steckbrief/musterdialog?lang=ar"`);
  });

  it("refuses what is no Steckbrief of this server with 404 problem+json", async () => {
    for (const url of ["https://elsewhere.example/steckbrief/musterdialog", `${origin}/v1/dialogues/musterdialog`, `${origin}/steckbrief/entwurf`, `${origin}/steckbrief/gibt-es-nicht`]) {
      const res = await oembed(url);
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(await res.json()).toMatchObject({ code: "not_found" });
    }
  });

  it("names the https origin a trusted proxy reports, and only then", async () => {
    const proxied = createApp({ db: test.db, config: { ...loadConfig({}), trustProxy: true }, now: () => now });
    const headers = { "x-forwarded-proto": "https", "x-forwarded-host": "kfd.example.de" };
    const url = encodeURIComponent("https://kfd.example.de/steckbrief/musterdialog");
    const body = (await (await proxied.request(`${origin}/oembed?url=${url}`, { headers })).json()) as { html: string; provider_url: string };
    expect(body.provider_url).toBe("https://kfd.example.de/");
    expect(body.html).toContain(`src="https://kfd.example.de/embed/steckbrief/musterdialog"`);
    const page = await (await proxied.request(`${origin}/embed/steckbrief/musterdialog`, { headers })).text();
    expect(page).toContain(`href="https://kfd.example.de/oembed?url=`);
    const untrusting = await app.request(`${origin}/oembed?url=${url}`, { headers });
    expect(untrusting.status).toBe(404);
  });

  it("answers 501 for XML and 400 naming the field for bad parameters", async () => {
    const xml = await oembed(`${origin}/steckbrief/musterdialog`, "&format=xml");
    expect(xml.status).toBe(501);
    expect(xml.headers.get("content-type")).toBe("application/problem+json");
    const missing = await get("/oembed");
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ code: "validation_failed", errors: [{ path: "url" }] });
    const width = await oembed(`${origin}/steckbrief/musterdialog`, "&maxwidth=wide");
    expect(width.status).toBe(400);
    expect(await width.json()).toMatchObject({ errors: [{ path: "maxwidth" }] });
  });
});
