import type { Registration } from "@kfd/domain";
import { fromFlag, fromNullableJson } from "../shared/columns.js";
import type { RegistrationRow } from "./registration.table.js";

/** A registration row with the erasure stamp the lifecycle migration added. */
type StoredRegistrationRow = RegistrationRow & { personal_data_erased_at: string | null };

/** The key of the one-live-registration-per-address rule: " Ana@Example.org" and "ana@example.org" are one person. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toRegistration(row: StoredRegistrationRow, waitlistPosition: number | null): Registration {
  return {
    id: row.id,
    eventId: row.event_id,
    status: row.status,
    name: row.name,
    email: row.email,
    actorGroup: row.actor_group,
    language: row.language,
    interpreting: row.interpreting,
    childcare: fromNullableJson<NonNullable<Registration["childcare"]>>(row.childcare) ?? null,
    accessibilityNeeds: row.accessibility_needs,
    consentVersion: row.consent_version,
    consentedAt: row.consented_at,
    waitlistPosition: row.status === "waitlisted" ? waitlistPosition : null,
    attended: fromFlag(row.attended),
    createdAt: row.created_at,
    cancelledAt: row.cancelled_at,
    personalDataErasedAt: row.personal_data_erased_at,
  };
}
