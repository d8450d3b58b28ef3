import type { Locale, MailKind, OutboxStatus, Role } from "@kfd/domain";
import type { Generated, Selectable } from "kysely";

export type { MailKind, OutboxStatus };

/**
 * What the message needs besides the registration: the cancel token exists nowhere else in
 * plain, nor does a staff e-mail's link secret (`accountToken`); both leave once the message is
 * sent or given up.
 */
export interface MailPayload {
  cancelToken?: string;
  waitlistPosition?: number;
  reason?: string;
  accountToken?: string;
  /** Staff e-mails: when the link stops working. */
  expiresAt?: string;
  /** Invitations: who invited, to which role and municipalities (by name), as it was then. */
  invitedBy?: string;
  role?: Role;
  municipalityNames?: string[];
}

export interface OutboxTable {
  id: string;
  registration_id: string | null;
  /** null for a staff e-mail. */
  event_id: string | null;
  kind: MailKind;
  locale: Locale;
  recipient_email: string;
  recipient_name: string;
  /** JSON MailPayload */
  payload: Generated<string>;
  status: OutboxStatus;
  attempts: Generated<number>;
  next_attempt_at: string;
  /** Who holds the message while sending: marking it sent must come from the same claim. */
  claim_id: string | null;
  lease_until: string | null;
  last_error: string | null;
  discard_after: string | null;
  created_at: string;
  sent_at: string | null;
}

export type OutboxRow = Selectable<OutboxTable>;
