import { findDialogue, findEvent, type KfdDatabase } from "@kfd/db";

export interface EventContext {
  eventId: string;
  dialogueId: string;
  municipalityAgs: string;
  dialoguePublished: boolean;
}

/**
 * Which dialogue and municipality an event belongs to: needed on every registration (CORS,
 * cache invalidation) and stable enough to keep for the read-cache lifetime.
 */
export class EventContexts {
  private readonly entries = new Map<string, { context: EventContext; expiresAt: number }>();

  constructor(
    private readonly db: KfdDatabase,
    private readonly ttlMs: number,
  ) {}

  async get(eventId: string): Promise<EventContext | undefined> {
    const hit = this.entries.get(eventId);
    if (hit && hit.expiresAt > Date.now()) return hit.context;
    const event = await findEvent(this.db, eventId);
    if (!event) return undefined;
    const dialogue = await findDialogue(this.db, event.dialogueId);
    if (!dialogue) return undefined;
    const context = { eventId, dialogueId: dialogue.id, municipalityAgs: dialogue.municipality.ags, dialoguePublished: dialogue.published };
    if (this.ttlMs > 0) {
      if (this.entries.size > 10_000) this.entries.clear();
      this.entries.set(eventId, { context, expiresAt: Date.now() + this.ttlMs });
    }
    return context;
  }

  /** A dialogue changed (publication, municipality): its events' contexts must be read again. */
  forgetDialogue(dialogueId: string): void {
    for (const [eventId, entry] of this.entries) if (entry.context.dialogueId === dialogueId) this.entries.delete(eventId);
  }
}
