import type { AuditAction, AuditEntry } from "@kfd/domain";
import type { KfdDatabase } from "../database.js";
import type { AuditLogRow } from "./audit.table.js";

export interface AuditInput {
  actor: { tokenId: string; label: string };
  action: AuditAction;
  eventId?: string | null;
  registrationId?: string | null;
  detail?: string | null;
}

let lastSeq = 0;

/** Orders the entries one process writes within one millisecond (the clock alone cannot). */
function nextSeq(): number {
  lastSeq = (lastSeq + 1) % 1_000_000_000;
  return lastSeq;
}

export async function writeAudit(db: KfdDatabase, input: AuditInput, now: Date): Promise<void> {
  await db.kysely
    .insertInto("audit_log")
    .values({
      id: crypto.randomUUID(),
      seq: nextSeq(),
      at: now.toISOString(),
      actor_token_id: input.actor.tokenId,
      actor_label: input.actor.label,
      action: input.action,
      event_id: input.eventId ?? null,
      registration_id: input.registrationId ?? null,
      detail: input.detail ?? null,
    })
    .execute();
}

function toAuditEntry(row: AuditLogRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actorTokenId: row.actor_token_id,
    actorLabel: row.actor_label,
    action: row.action,
    eventId: row.event_id,
    registrationId: row.registration_id,
    detail: row.detail,
  };
}

/** Newest first. */
export async function listAuditLog(
  db: KfdDatabase,
  query: { eventId?: string; action?: AuditAction; before?: string; limit?: number } = {},
): Promise<AuditEntry[]> {
  const rows = await db.kysely
    .selectFrom("audit_log")
    .selectAll()
    .$if(query.eventId !== undefined, (qb) => qb.where("event_id", "=", query.eventId as string))
    .$if(query.action !== undefined, (qb) => qb.where("action", "=", query.action as AuditAction))
    .$if(query.before !== undefined, (qb) => qb.where("at", "<", new Date(query.before as string).toISOString()))
    .orderBy("at", "desc")
    .orderBy("seq", "desc")
    .limit(Math.min(query.limit ?? 100, 1000))
    .execute();
  return rows.map(toAuditEntry);
}
