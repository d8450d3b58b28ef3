import { createMeasure, findDialogue, findMeasure, listMeasures, listResults, listWorkingGroups, updateMeasure } from "@kfd/db";
import { createMeasureSchema, isMeasureOverdue, measureSchema, updateMeasureSchema, type FieldError, type Responsible } from "@kfd/domain";
import * as z from "zod/mini";
import { berlinDate } from "../time/berlin-time.js";
import { assertMayManage } from "../auth/access.js";
import { principalOf } from "../auth/principal-of.js";
import { dialogueChanged, managedDialogue } from "../dialogue/managed-dialogue.js";
import { measureListSchema } from "../openapi/schema-catalogue.js";
import { invalidInput, notFound } from "../problem/problem-exception.js";
import type { AppServices } from "../services.js";

const idOrSlugParam = { idOrSlug: "The dialogue's id or its slug." };

const measureListQuery = z.object({ overdue: z.optional(z.enum(["true", "false"])) });

/** A measure may only point at a Begleitkreis and a result of its own dialogue. */
async function foreignReferences(s: AppServices, dialogueId: string, refs: { responsible?: Responsible | null | undefined; resultId?: string | undefined }): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (refs.responsible?.kind === "working-group") {
    const groupId = refs.responsible.workingGroupId;
    if (!(await listWorkingGroups(s.db, dialogueId)).some((g) => g.id === groupId)) {
      errors.push({ path: "responsible.workingGroupId", message: "must be a Begleitkreis of this dialogue" });
    }
  }
  if (refs.resultId !== undefined) {
    const resultId = refs.resultId;
    if (!(await listResults(s.db, dialogueId)).some((r) => r.id === resultId)) errors.push({ path: "resultId", message: "must be a result of this dialogue" });
  }
  return errors;
}

export function registerMeasureRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "post",
      path: "/v1/dialogues/{idOrSlug}/measures",
      operationId: "createMeasure",
      tag: "Measures",
      summary: "Add a measure to the Maßnahmenkatalog",
      access: "admin",
      params: idOrSlugParam,
      body: createMeasureSchema,
      responses: { 201: { description: "The new measure, with its first history entry.", schema: measureSchema } },
      problems: [403, 404],
    },
    async (c, { body, param }) => {
      const dialogue = await managedDialogue(s, principalOf(c), param("idOrSlug"));
      const errors = await foreignReferences(s, dialogue.id, body);
      if (errors.length > 0) throw invalidInput(errors);
      const measure = await createMeasure(s.db, dialogue.id, body, s.now());
      dialogueChanged(s, dialogue.id);
      return c.json(measure, 201);
    },
  );

  s.routes.add(
    {
      method: "get",
      path: "/v1/dialogues/{idOrSlug}/measures",
      operationId: "listMeasures",
      tag: "Measures",
      summary: "The Maßnahmenkatalog of a dialogue, with history (staff)",
      description: "`?overdue=true`: only open measures (planned, in progress, delegated) whose due date has passed (Berlin date); `false`: all others.",
      access: "admin",
      params: idOrSlugParam,
      query: measureListQuery,
      responses: { 200: { description: "The measures.", schema: measureListSchema } },
      problems: [403, 404],
    },
    async (c, { param, query }) => {
      const dialogue = await managedDialogue(s, principalOf(c), param("idOrSlug"));
      const measures = await listMeasures(s.db, dialogue.id);
      if (query.overdue === undefined) return c.json(measures);
      const today = berlinDate(s.now());
      return c.json(measures.filter((m) => isMeasureOverdue(m, today) === (query.overdue === "true")));
    },
  );

  s.routes.add(
    {
      method: "patch",
      path: "/v1/measures/{id}",
      operationId: "updateMeasure",
      tag: "Measures",
      summary: "Change a measure (status, progress, …) with a reason",
      description: "Every change needs a `reason`; it is kept in the measure's history. 100 % progress and status done are kept consistent.",
      access: "admin",
      params: { id: "The measure's id." },
      body: updateMeasureSchema,
      responses: { 200: { description: "The changed measure.", schema: measureSchema } },
      problems: [403, 404],
    },
    async (c, { body, param }) => {
      const measure = await findMeasure(s.db, param("id"));
      const dialogue = measure && (await findDialogue(s.db, measure.dialogueId));
      if (!measure || !dialogue) throw notFound("Measure", "No measure with this id exists.");
      assertMayManage(principalOf(c), dialogue.municipality.ags, dialogue.published, "measures");
      const errors = await foreignReferences(s, dialogue.id, { responsible: body.responsible });
      if (errors.length > 0) throw invalidInput(errors);
      const updated = await updateMeasure(s.db, measure.id, body, s.now());
      if (!updated) throw notFound("Measure", "No measure with this id exists.");
      dialogueChanged(s, dialogue.id);
      return c.json(updated);
    },
  );
}
