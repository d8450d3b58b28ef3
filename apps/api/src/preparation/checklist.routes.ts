import { addChecklistItem, deleteChecklistItem, findChecklistItem, findDialogue, updateChecklistItem } from "@kfd/db";
import { addChecklistItemSchema, checklistItemSchema, updateChecklistItemSchema, type Principal } from "@kfd/domain";
import { assertMayManage } from "../auth/access.js";
import { principalOf } from "../auth/principal-of.js";
import { managedDialogue } from "../dialogue/managed-dialogue.js";
import { notFound } from "../problem/problem-exception.js";
import type { AppServices } from "../services.js";

const itemNotFound = () => notFound("Checklist item", "No checklist item with this id exists.");

async function managedItem(s: AppServices, principal: Principal, id: string) {
  const item = await findChecklistItem(s.db, id);
  const dialogue = item && (await findDialogue(s.db, item.dialogueId));
  if (!item || !dialogue) throw itemNotFound();
  assertMayManage(principal, dialogue.municipality.ags, false, "checklist");
  return item;
}

export function registerChecklistRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "post",
      path: "/v1/dialogues/{idOrSlug}/checklist",
      operationId: "addChecklistItem",
      tag: "Preparation",
      summary: "Add an own item to the preparation checklist",
      access: "admin",
      params: { idOrSlug: "The dialogue's id or its slug." },
      body: addChecklistItemSchema,
      responses: { 201: { description: "The new item, at the end of the list.", schema: checklistItemSchema } },
      problems: [403, 404],
    },
    async (c, { body, param }) => {
      const dialogue = await managedDialogue(s, principalOf(c), param("idOrSlug"));
      return c.json(await addChecklistItem(s.db, dialogue.id, body.text, s.now()), 201);
    },
  );

  s.routes.add(
    {
      method: "patch",
      path: "/v1/checklist-items/{id}",
      operationId: "updateChecklistItem",
      tag: "Preparation",
      summary: "Tick off (or untick) a checklist item, or reword it",
      access: "admin",
      params: { id: "The checklist item's id." },
      body: updateChecklistItemSchema,
      responses: { 200: { description: "The item; doneAt is when it was ticked.", schema: checklistItemSchema } },
      problems: [404],
    },
    async (c, { body, param }) => {
      const item = await managedItem(s, principalOf(c), param("id"));
      const updated = await updateChecklistItem(s.db, item.id, body, s.now());
      if (!updated) throw itemNotFound();
      return c.json(updated);
    },
  );

  s.routes.add(
    {
      method: "delete",
      path: "/v1/checklist-items/{id}",
      operationId: "deleteChecklistItem",
      tag: "Preparation",
      summary: "Remove a checklist item",
      access: "admin",
      params: { id: "The checklist item's id." },
      responses: { 204: { description: "Removed." } },
      problems: [404],
    },
    async (c, { param }) => {
      const item = await managedItem(s, principalOf(c), param("id"));
      if (!(await deleteChecklistItem(s.db, item.id))) throw itemNotFound();
      return c.body(null, 204);
    },
  );
}
