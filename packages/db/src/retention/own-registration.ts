import { DEFAULT_CANCELLED_RETENTION_DAYS, erasureDueAt, type OwnRegistration } from "@kfd/domain";
import { inWriteTransaction } from "../connection/write-transaction.js";
import type { KfdDatabase } from "../database.js";
import { cancelInTransaction } from "../registration/registration.repository.js";
import { fromNullableJson, toCount } from "../shared/columns.js";
import { hashToken } from "../shared/secret-token.js";
import { erasePersonalData } from "./erase-personal-data.js";

/** A registration as its registrant sees it through the cancel token (Art. 15 DSGVO). */
export async function findOwnRegistration(
  db: KfdDatabase,
  cancelToken: string,
  options: { cancelledRetentionDays?: number } = {},
): Promise<OwnRegistration | undefined> {
  const row = await db.kysely
    .selectFrom("registrations as r")
    .innerJoin("events as e", "e.id", "r.event_id")
    .innerJoin("dialogues as d", "d.id", "e.dialogue_id")
    .innerJoin("municipalities as m", "m.ags", "d.municipality_ags")
    .selectAll("r")
    .select([
      "e.title as event_title",
      "e.starts_at as event_starts_at",
      "e.ends_at as event_ends_at",
      "e.status as event_status",
      "e.updated_at as event_updated_at",
      "d.title as dialogue_title",
      "d.retention_days",
      "m.name as municipality_name",
    ])
    .where("r.cancel_token_hash", "=", hashToken(cancelToken))
    .executeTakeFirst();
  if (!row) return undefined;
  let waitlistPosition: number | null = null;
  if (row.status === "waitlisted") {
    const ahead = await db.kysely
      .selectFrom("registrations")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("event_id", "=", row.event_id)
      .where("status", "=", "waitlisted")
      .where("seq", "<", row.seq)
      .executeTakeFirstOrThrow();
    waitlistPosition = toCount(ahead.n) + 1;
  }
  const erased = row.personal_data_erased_at !== null;
  const due = erasureDueAt({
    eventEndsAt: row.event_ends_at,
    retentionDays: Number(row.retention_days),
    cancelledRetentionDays: options.cancelledRetentionDays ?? DEFAULT_CANCELLED_RETENTION_DAYS,
    registrationCancelledAt: row.cancelled_at,
    eventCancelledAt: row.event_status === "cancelled" ? row.event_updated_at : null,
  });
  return {
    id: row.id,
    status: row.status,
    name: erased ? null : row.name,
    email: erased ? null : row.email,
    actorGroup: row.actor_group,
    language: row.language,
    interpreting: row.interpreting,
    childcare: fromNullableJson<NonNullable<OwnRegistration["childcare"]>>(row.childcare) ?? null,
    accessibilityNeeds: row.accessibility_needs,
    consentVersion: row.consent_version,
    consentedAt: row.consented_at,
    waitlistPosition,
    createdAt: row.created_at,
    cancelledAt: row.cancelled_at,
    personalDataErasedAt: row.personal_data_erased_at,
    erasureDueAt: erased ? null : due.toISOString(),
    event: {
      id: row.event_id,
      title: row.event_title,
      startsAt: row.event_starts_at,
      endsAt: row.event_ends_at,
      status: row.event_status,
      dialogueTitle: row.dialogue_title,
      municipalityName: row.municipality_name,
    },
  };
}

export interface Erasure {
  registrationId: string;
  eventId: string;
  personalDataErasedAt: string;
  /** Waitlisted people who moved into the seat this registration freed. */
  promoted: string[];
}

/**
 * Erases one registration's personal data now (on its registrant's or on staff's request).
 * A live registration is cancelled first in the same transaction, so its seat goes to the
 * waitlist rather than being held by a nameless row.
 */
export async function eraseRegistration(db: KfdDatabase, registrationId: string, now: Date): Promise<Erasure | undefined> {
  const exists = await db.kysely.selectFrom("registrations").select(["id", "event_id"]).where("id", "=", registrationId).executeTakeFirst();
  if (!exists) return undefined;
  return inWriteTransaction(db, async (trx) => {
    const { promoted } = await cancelInTransaction(trx, db.dialect, registrationId, now);
    await erasePersonalData(trx, [registrationId], now);
    const row = await trx.selectFrom("registrations").select("personal_data_erased_at").where("id", "=", registrationId).executeTakeFirstOrThrow();
    return { registrationId, eventId: exists.event_id, personalDataErasedAt: row.personal_data_erased_at ?? now.toISOString(), promoted };
  });
}

export async function eraseOwnRegistration(db: KfdDatabase, cancelToken: string, now: Date): Promise<Erasure | undefined> {
  const found = await db.kysely.selectFrom("registrations").select("id").where("cancel_token_hash", "=", hashToken(cancelToken)).executeTakeFirst();
  return found && eraseRegistration(db, found.id, now);
}
