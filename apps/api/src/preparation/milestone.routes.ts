import { createMilestone, deleteMilestone, findDialogue, findMilestone, updateMilestone } from "@kfd/db";
import { createMilestoneSchema, milestoneSchema, updateMilestoneSchema, type Principal } from "@kfd/domain";
import { assertMayManage } from "../auth/access.js";
import { principalOf } from "../auth/principal-of.js";
import { managedDialogue } from "../dialogue/managed-dialogue.js";
import { notFound } from "../problem/problem-exception.js";
import type { AppServices } from "../services.js";

const milestoneNotFound = () => notFound("Milestone", "No milestone with this id exists.");

async function managedMilestone(s: AppServices, principal: Principal, id: string) {
  const milestone = await findMilestone(s.db, id);
  const dialogue = milestone && (await findDialogue(s.db, milestone.dialogueId));
  if (!milestone || !dialogue) throw milestoneNotFound();
  assertMayManage(principal, dialogue.municipality.ags, false, "project plan");
  return milestone;
}

export function registerMilestoneRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "post",
      path: "/v1/dialogues/{idOrSlug}/milestones",
      operationId: "createMilestone",
      tag: "Preparation",
      summary: "Add a milestone to the project plan",
      access: "admin",
      params: { idOrSlug: "The dialogue's id or its slug." },
      body: createMilestoneSchema,
      responses: { 201: { description: "The new milestone.", schema: milestoneSchema } },
      problems: [403, 404],
    },
    async (c, { body, param }) => {
      const dialogue = await managedDialogue(s, principalOf(c), param("idOrSlug"));
      return c.json(await createMilestone(s.db, dialogue.id, body, s.now()), 201);
    },
  );

  s.routes.add(
    {
      method: "patch",
      path: "/v1/milestones/{id}",
      operationId: "updateMilestone",
      tag: "Preparation",
      summary: "Change a milestone: title, due date (null removes it), done",
      access: "admin",
      params: { id: "The milestone's id." },
      body: updateMilestoneSchema,
      responses: { 200: { description: "The milestone.", schema: milestoneSchema } },
      problems: [404],
    },
    async (c, { body, param }) => {
      const milestone = await managedMilestone(s, principalOf(c), param("id"));
      const updated = await updateMilestone(s.db, milestone.id, body, s.now());
      if (!updated) throw milestoneNotFound();
      return c.json(updated);
    },
  );

  s.routes.add(
    {
      method: "delete",
      path: "/v1/milestones/{id}",
      operationId: "deleteMilestone",
      tag: "Preparation",
      summary: "Remove a milestone",
      access: "admin",
      params: { id: "The milestone's id." },
      responses: { 204: { description: "Removed." } },
      problems: [404],
    },
    async (c, { param }) => {
      const milestone = await managedMilestone(s, principalOf(c), param("id"));
      if (!(await deleteMilestone(s.db, milestone.id))) throw milestoneNotFound();
      return c.body(null, 204);
    },
  );
}
