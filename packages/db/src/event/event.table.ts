import type { ColumnType, Generated, Selectable } from "kysely";
import type { EventFormat, EventStatus } from "@kfd/domain";

export interface EventTable {
  id: string;
  dialogue_id: string;
  title: string;
  description: string;
  starts_at: string;
  ends_at: string;
  /** JSON Venue | null */
  venue: string | null;
  format: EventFormat;
  online_url: string | null;
  capacity: number;
  waitlist: number;
  registration_opens_at: string | null;
  registration_closes_at: string | null;
  /** JSON string[] */
  languages: string;
  /** JSON string[] */
  interpreting_languages: string;
  childcare: number;
  /** JSON Accessibility */
  accessibility: string;
  /** JSON Quotas */
  quotas: string;
  status: EventStatus;
  cancelled_reason: string | null;
  /** Seat counters kept on the row that is locked, so a registration decision never counts rows. */
  confirmed_count: Generated<number>;
  /** JSON Partial<Record<ActorGroup, number>> of confirmed seats per actor group, for quotas. */
  confirmed_by_group: Generated<string>;
  waitlist_count: Generated<number>;
  /** Last registration sequence number handed out: orders registrations even within one millisecond. */
  registration_seq: Generated<number>;
  /** Bumped on every change, seats included: feeds the read-model version stamp. */
  revision: Generated<number>;
  position: number;
  created_at: ColumnType<string, string, never>;
  updated_at: string;
}

export type EventRow = Selectable<EventTable>;
