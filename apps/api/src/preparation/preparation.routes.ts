import { applyMethodTemplate, loadPreparation, NotFoundError, updateAnalysis } from "@kfd/db";
import { applyTemplateSchema, METHOD_TEMPLATES, preparationSchema, updateAnalysisSchema, type Analysis } from "@kfd/domain";
import { methodTemplateListSchema } from "../openapi/schema-catalogue.js";
import { principalOf } from "../auth/principal-of.js";
import { dialogueChanged, managedDialogue } from "../dialogue/managed-dialogue.js";
import { notFound } from "../problem/problem-exception.js";
import type { AppServices } from "../services.js";

const idOrSlugParam = { idOrSlug: "The dialogue's id or its slug." };

async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof NotFoundError) throw notFound("Dialogue");
    throw err;
  }
}

export function registerPreparationRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "get",
      path: "/v1/method-templates",
      operationId: "listMethodTemplates",
      tag: "Preparation",
      summary: "Dialogue formats with a sample agenda (Musterablauf) and a preparation checklist",
      description: "World-Café, Zukunftswerkstatt, Open Space, Ideenworkshop, Frauendialog and a mobile format such as a breakfast bus. Suggestions to adapt, in German.",
      access: "public",
      responses: { 200: { description: "The templates.", schema: methodTemplateListSchema } },
    },
    (c) => c.json(METHOD_TEMPLATES),
  );

  s.routes.add(
    {
      method: "get",
      path: "/v1/dialogues/{idOrSlug}/preparation",
      operationId: "getPreparation",
      tag: "Preparation",
      summary: "The Vorbereitung of a dialogue: analysis, method template, checklist, project plan, actors",
      access: "admin",
      params: idOrSlugParam,
      responses: { 200: { description: "The preparation.", schema: preparationSchema } },
      problems: [403, 404],
    },
    async (c, { param }) => {
      const dialogue = await managedDialogue(s, principalOf(c), param("idOrSlug"));
      const preparation = await loadPreparation(s.db, dialogue.id);
      if (!preparation) throw notFound("Dialogue");
      return c.json(preparation);
    },
  );

  s.routes.add(
    {
      method: "patch",
      path: "/v1/dialogues/{idOrSlug}/analysis",
      operationId: "updateAnalysis",
      tag: "Preparation",
      summary: "Answer the five analysis questions (only those sent change; an empty answer clears one)",
      description:
        "situation: Wo stehen wir als Kommune bei der Integration? · existingMeasures: Welche Maßnahmen haben wir getroffen? · localTopics: Welche Themen müssen vor Ort diskutiert werden? · actors: Welche Akteure sollten eingebunden sein? · design: Wie kann der Dialog konzipiert sein?",
      access: "admin",
      params: idOrSlugParam,
      body: updateAnalysisSchema,
      responses: { 200: { description: "The preparation with the merged answers.", schema: preparationSchema } },
      problems: [403, 404],
    },
    async (c, { body, param }) => {
      const dialogue = await managedDialogue(s, principalOf(c), param("idOrSlug"));
      return c.json(await orNotFound(updateAnalysis(s.db, dialogue.id, body as Analysis, s.now())));
    },
  );

  s.routes.add(
    {
      method: "post",
      path: "/v1/dialogues/{idOrSlug}/method-template",
      operationId: "applyMethodTemplate",
      tag: "Preparation",
      summary: "Choose a method from a template: sets the dialogue's method and copies the template's checklist",
      description: "Items copied before are kept with their ticks; applying another template adds only what is new.",
      access: "admin",
      params: idOrSlugParam,
      body: applyTemplateSchema,
      responses: { 200: { description: "The preparation with the checklist.", schema: preparationSchema } },
      problems: [403, 404],
    },
    async (c, { body, param }) => {
      const dialogue = await managedDialogue(s, principalOf(c), param("idOrSlug"));
      const preparation = await orNotFound(applyMethodTemplate(s.db, dialogue.id, body.method, s.now()));
      dialogueChanged(s, dialogue.id);
      return c.json(preparation);
    },
  );
}
