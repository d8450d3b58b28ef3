import { createMeasure, findDialogue, findResult, listMeasures, listWorkingGroups } from "@kfd/db";
import { canBecomeMeasure, createMeasureSchema, ideaToMeasureSchema, measureFromIdea, measureSchema, RESULT_KIND_LABELS } from "@kfd/domain";
import { assertMayManage } from "../auth/access.js";
import { principalOf } from "../auth/principal-of.js";
import { dialogueChanged } from "../dialogue/managed-dialogue.js";
import { conflict, invalidInput, notFound } from "../problem/problem-exception.js";
import type { AppServices } from "../services.js";

export function registerIdeaToMeasureRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "post",
      path: "/v1/results/{id}/measure",
      operationId: "turnIdeaIntoMeasure",
      tag: "Measures",
      summary: "Turn an idea into a measure in one step (the link to the idea is kept)",
      description:
        "Title (the idea's first sentence), description and topic come from the idea unless sent; owner and due date may be set right away. Only results of kind idee (409 not_an_idea); an idea already turned into a measure answers 409 conflict.",
      access: "admin",
      params: { id: "The result's id." },
      body: ideaToMeasureSchema,
      bodyOptional: true,
      responses: { 201: { description: "The new measure, with resultId.", schema: measureSchema } },
      problems: [403, 404, 409],
    },
    async (c, { body, param }) => {
      const result = await findResult(s.db, param("id"));
      const dialogue = result && (await findDialogue(s.db, result.dialogueId));
      if (!result || !dialogue) throw notFound("Result", "No result with this id exists.");
      assertMayManage(principalOf(c), dialogue.municipality.ags, false, "results");
      if (!canBecomeMeasure(result)) {
        throw conflict("not_an_idea", "Not an idea", `Only ideas become measures in one step; this result is a ${RESULT_KIND_LABELS[result.kind]}.`);
      }
      const existing = (await listMeasures(s.db, dialogue.id)).find((m) => m.resultId === result.id);
      if (existing) throw conflict("conflict", "Already a measure", `This idea is already the measure "${existing.title}" (${existing.id}).`);
      if (body.responsible?.kind === "working-group") {
        const groupId = body.responsible.workingGroupId;
        if (!(await listWorkingGroups(s.db, dialogue.id)).some((g) => g.id === groupId)) {
          throw invalidInput([{ path: "responsible.workingGroupId", message: "must be a Begleitkreis of this dialogue" }]);
        }
      }
      const measure = await createMeasure(s.db, dialogue.id, createMeasureSchema.parse(measureFromIdea(result, body)), s.now());
      dialogueChanged(s, dialogue.id);
      c.header("Location", `/v1/measures/${measure.id}`);
      return c.json(measure, 201);
    },
  );
}
