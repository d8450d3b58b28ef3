import { createResult, findEvent, listResults } from "@kfd/db";
import { createResultSchema, resultSchema } from "@kfd/domain";
import { principalOf } from "../auth/principal-of.js";
import { dialogueChanged, managedDialogue } from "../dialogue/managed-dialogue.js";
import { resultListSchema } from "../openapi/schema-catalogue.js";
import { invalidInput } from "../problem/problem-exception.js";
import type { AppServices } from "../services.js";

const idOrSlugParam = { idOrSlug: "The dialogue's id or its slug." };

export function registerResultRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "post",
      path: "/v1/dialogues/{idOrSlug}/results",
      operationId: "createResult",
      tag: "Results",
      summary: "Record a result (situation, Handlungsfeld, Konfliktfeld, idea)",
      access: "admin",
      params: idOrSlugParam,
      body: createResultSchema,
      responses: { 201: { description: "The new result.", schema: resultSchema } },
      problems: [403, 404],
    },
    async (c, { body, param }) => {
      const dialogue = await managedDialogue(s, principalOf(c), param("idOrSlug"));
      if (body.eventId !== undefined && (await findEvent(s.db, body.eventId))?.dialogueId !== dialogue.id) {
        throw invalidInput([{ path: "eventId", message: "must be an event of this dialogue" }]);
      }
      const result = await createResult(s.db, dialogue.id, body, s.now());
      dialogueChanged(s, dialogue.id);
      return c.json(result, 201);
    },
  );

  s.routes.add(
    {
      method: "get",
      path: "/v1/dialogues/{idOrSlug}/results",
      operationId: "listResults",
      tag: "Results",
      summary: "The results of a dialogue (staff; the public reads them in the Steckbrief)",
      access: "admin",
      params: idOrSlugParam,
      responses: { 200: { description: "The results in the order recorded.", schema: resultListSchema } },
      problems: [403, 404],
    },
    async (c, { param }) => {
      const dialogue = await managedDialogue(s, principalOf(c), param("idOrSlug"));
      return c.json(await listResults(s.db, dialogue.id));
    },
  );
}
