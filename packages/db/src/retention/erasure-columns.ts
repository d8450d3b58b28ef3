import type { Generated } from "kysely";

/**
 * Columns the lifecycle migration added. Kept apart from RegistrationTable and EventTable so the
 * rows those repositories build need not carry them; database.ts merges them in.
 */
export interface RegistrationErasureColumns {
  personal_data_erased_at: Generated<string | null>;
  /** Survives erasure of the free text, so the needs can still be counted. */
  accessibility_needed: Generated<number>;
}

export interface EventLifecycleColumns {
  reminders_queued_at: Generated<string | null>;
  personal_data_erased_at: Generated<string | null>;
}
