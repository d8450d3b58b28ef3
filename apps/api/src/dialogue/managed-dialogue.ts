import { findDialogue } from "@kfd/db";
import type { Dialogue, Principal } from "@kfd/domain";
import { assertMayManage } from "../auth/access.js";
import { notFound } from "../problem/problem-exception.js";
import type { AppServices } from "../services.js";

/** The dialogue an admin route acts on, after checking that the token may manage it. */
export async function managedDialogue(s: AppServices, principal: Principal, idOrSlug: string): Promise<Dialogue> {
  const dialogue = await findDialogue(s.db, idOrSlug);
  if (!dialogue) throw notFound("Dialogue");
  assertMayManage(principal, dialogue.municipality.ags, dialogue.published);
  return dialogue;
}

/** Every cached public read and event context that mentions this dialogue is stale now. */
export function dialogueChanged(s: AppServices, dialogueId: string): void {
  s.readCache.invalidateDialogue(dialogueId);
  s.eventContexts.forgetDialogue(dialogueId);
}
