import type { ActorGroup, Locale, RegistrationStatus } from "@kfd/domain";
import type { ColumnType, Generated, Selectable } from "kysely";

export interface RegistrationTable {
  id: string;
  event_id: string;
  /** Per-event order of arrival, handed out under the event's lock. */
  seq: number;
  status: RegistrationStatus;
  name: string;
  email: string;
  /** Trimmed and lower-cased: the key of the one-live-registration-per-address rule. */
  email_normalised: string;
  actor_group: ActorGroup | null;
  language: Locale;
  interpreting: string | null;
  /** JSON ChildcareNeed | null */
  childcare: string | null;
  accessibility_needs: string | null;
  consent_version: string;
  consented_at: string;
  /** SHA-256 (hex) of the cancel token; the token itself is never stored. */
  cancel_token_hash: string;
  attended: Generated<number>;
  created_at: ColumnType<string, string, never>;
  cancelled_at: string | null;
}

export type RegistrationRow = Selectable<RegistrationTable>;
