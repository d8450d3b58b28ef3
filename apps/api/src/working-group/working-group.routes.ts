import { createWorkingGroup, listWorkingGroups } from "@kfd/db";
import { createWorkingGroupSchema, workingGroupSchema } from "@kfd/domain";
import { principalOf } from "../auth/principal-of.js";
import { dialogueChanged, managedDialogue } from "../dialogue/managed-dialogue.js";
import { workingGroupListSchema } from "../openapi/schema-catalogue.js";
import type { AppServices } from "../services.js";

const idOrSlugParam = { idOrSlug: "The dialogue's id or its slug." };

export function registerWorkingGroupRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "post",
      path: "/v1/dialogues/{idOrSlug}/working-groups",
      operationId: "createWorkingGroup",
      tag: "Working groups",
      summary: "Set up a Begleitkreis",
      access: "admin",
      params: idOrSlugParam,
      body: createWorkingGroupSchema,
      responses: { 201: { description: "The new Begleitkreis.", schema: workingGroupSchema } },
      problems: [403, 404],
    },
    async (c, { body, param }) => {
      const dialogue = await managedDialogue(s, principalOf(c), param("idOrSlug"));
      const group = await createWorkingGroup(s.db, dialogue.id, body, s.now());
      dialogueChanged(s, dialogue.id);
      return c.json(group, 201);
    },
  );

  s.routes.add(
    {
      method: "get",
      path: "/v1/dialogues/{idOrSlug}/working-groups",
      operationId: "listWorkingGroups",
      tag: "Working groups",
      summary: "The Begleitkreise of a dialogue (staff: includes contact addresses)",
      access: "admin",
      params: idOrSlugParam,
      responses: { 200: { description: "The Begleitkreise.", schema: workingGroupListSchema } },
      problems: [403, 404],
    },
    async (c, { param }) => {
      const dialogue = await managedDialogue(s, principalOf(c), param("idOrSlug"));
      return c.json(await listWorkingGroups(s.db, dialogue.id));
    },
  );
}
