import type { ColumnType, Selectable } from "kysely";
import type { Method, Phase } from "@kfd/domain";

/** JSON columns are text on both dialects, so the same queries and mappers serve SQLite and PostgreSQL. */
export interface DialogueTable {
  id: string;
  slug: string;
  municipality_ags: string;
  title: string;
  phase: Phase;
  occasion: string;
  goals: string;
  method: Method;
  event_concept: string;
  /** JSON Topic[] */
  topics: string;
  /** `|slug|slug|`: lets a topic filter match exactly with one LIKE on both dialects. */
  topic_slugs: string;
  /** JSON ActorGroup[] */
  actors: string;
  facilitator: string;
  participant_count: number | null;
  held_on: string | null;
  results_summary: string;
  recommendations: string;
  /** JSON Costs */
  costs: string;
  /** JSON Funding[] */
  funding: string;
  /** JSON Contact | null */
  contact: string | null;
  lat: number | null;
  lon: number | null;
  location_sensitive: number;
  retention_days: number;
  demo: number;
  published: number;
  published_at: string | null;
  /** Lower-cased title, municipality and topics: searched with LIKE, identical on both dialects. */
  search_text: string;
  created_at: ColumnType<string, string, never>;
  updated_at: string;
}

export type DialogueRow = Selectable<DialogueTable>;
