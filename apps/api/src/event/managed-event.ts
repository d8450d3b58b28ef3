import { findDialogue, findEvent } from "@kfd/db";
import type { Dialogue, Event, Principal } from "@kfd/domain";
import { assertMayManage } from "../auth/access.js";
import { notFound } from "../problem/problem-exception.js";
import type { AppServices } from "../services.js";

/** The event an admin route acts on, with its dialogue, after checking the token may manage it. */
export async function managedEvent(s: AppServices, principal: Principal, eventId: string): Promise<{ event: Event; dialogue: Dialogue }> {
  const event = await findEvent(s.db, eventId);
  const dialogue = event && (await findDialogue(s.db, event.dialogueId));
  if (!event || !dialogue) throw notFound("Event", "No event with this id exists.");
  // Events are readable by anyone holding their id, so a foreign token learns nothing from 403.
  assertMayManage(principal, dialogue.municipality.ags, true, "events");
  return { event, dialogue };
}
