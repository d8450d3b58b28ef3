import { describe, expect, it } from "vitest";
import { agendaMinutes, METHOD_TEMPLATES, methodTemplate, methodTemplateSchema, TEMPLATE_METHODS } from "./method-templates.js";

describe("method templates", () => {
  it("offers one valid template per templated method", () => {
    expect(METHOD_TEMPLATES.map((t) => t.method)).toEqual([...TEMPLATE_METHODS]);
    for (const template of METHOD_TEMPLATES) expect(methodTemplateSchema.safeParse(template).success, template.method).toBe(true);
  });

  it("gives every checklist unique keys and the needs the seeds' participants have", () => {
    for (const template of METHOD_TEMPLATES) {
      const keys = template.checklist.map((i) => i.key);
      expect(new Set(keys).size, template.method).toBe(keys.length);
      expect(keys).toEqual(expect.arrayContaining(["sprachmittlung", "kinderbetreuung", "barrierefreier-ort", "einladung-gefluechtete"]));
    }
  });

  it("keys every Musterablauf step uniquely within its template", () => {
    for (const template of METHOD_TEMPLATES) {
      const keys = template.agenda.map((s) => s.key);
      expect(keys.every((k) => /^[a-z0-9.-]+$/.test(k)), template.method).toBe(true);
      expect(new Set(keys).size, template.method).toBe(keys.length);
    }
  });

  it("gives a key shared by several templates the same text in each, so one translation fits them all", () => {
    const agendaTexts = new Map<string, string>();
    const checklistTexts = new Map<string, string>();
    for (const template of METHOD_TEMPLATES) {
      for (const step of template.agenda) {
        const texts = JSON.stringify([step.title, step.description]);
        expect(agendaTexts.get(step.key) ?? texts, `${template.method}: ${step.key}`).toBe(texts);
        agendaTexts.set(step.key, texts);
      }
      for (const item of template.checklist) {
        expect(checklistTexts.get(item.key) ?? item.text, `${template.method}: ${item.key}`).toBe(item.text);
        checklistTexts.set(item.key, item.text);
      }
    }
    expect(agendaTexts.get("begruessung")).toContain("Ankommen und Begrüßung");
  });

  it("times every Musterablauf in positive steps that fill a half-day or more", () => {
    for (const template of METHOD_TEMPLATES) {
      expect(template.agenda.every((s) => s.minutes > 0 && s.title.length > 0)).toBe(true);
      expect(agendaMinutes(template)).toBeGreaterThanOrEqual(150);
    }
    expect(agendaMinutes(methodTemplate("zukunftswerkstatt"))).toBeGreaterThan(agendaMinutes(methodTemplate("world-cafe")));
  });
});
