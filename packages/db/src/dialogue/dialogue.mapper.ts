import type { Contact, Dialogue, DialogueFields, Municipality, Topic } from "@kfd/domain";
import { definedOnly, fromFlag, fromJson, fromNullableJson, toFlag, toJson } from "../shared/columns.js";
import type { DialogueRow, DialogueTable } from "./dialogue.table.js";

export interface DialogueWithMunicipalityRow extends DialogueRow {
  municipality_name: string;
  municipality_kind: Municipality["kind"];
  municipality_lat: number;
  municipality_lon: number;
}

type DialogueColumns = Omit<DialogueTable, "id" | "slug" | "published" | "published_at" | "created_at" | "updated_at">;

export function toDialogueColumns(fields: DialogueFields, municipalityName: string): DialogueColumns {
  return {
    municipality_ags: fields.municipalityAgs,
    title: fields.title,
    phase: fields.phase,
    occasion: fields.occasion,
    goals: fields.goals,
    method: fields.method,
    event_concept: fields.eventConcept,
    topics: toJson(fields.topics),
    topic_slugs: `|${fields.topics.map((t) => t.slug).join("|")}|`,
    actors: toJson(fields.actors),
    facilitator: fields.facilitator,
    participant_count: fields.participantCount ?? null,
    held_on: fields.heldOn ?? null,
    results_summary: fields.resultsSummary,
    recommendations: fields.recommendations,
    costs: toJson(fields.costs),
    funding: toJson(fields.funding),
    contact: fields.contact ? toJson(fields.contact) : null,
    lat: fields.location?.lat ?? null,
    lon: fields.location?.lon ?? null,
    location_sensitive: toFlag(fields.locationSensitive),
    retention_days: fields.retentionDays,
    demo: toFlag(fields.demo),
    search_text: searchTextOf(fields, municipalityName),
  };
}

/** Lower-cased here rather than in SQL: SQLite's lower() leaves umlauts alone, PostgreSQL's does not. */
function searchTextOf(fields: Pick<DialogueFields, "title" | "topics" | "facilitator">, municipalityName: string): string {
  return [fields.title, municipalityName, ...fields.topics.map((t) => t.label), fields.facilitator].join(" \u0001 ").toLowerCase();
}

export function toDialogue(row: DialogueWithMunicipalityRow): Dialogue {
  return definedOnly({
    id: row.id,
    slug: row.slug,
    title: row.title,
    municipalityAgs: row.municipality_ags,
    municipality: {
      ags: row.municipality_ags,
      name: row.municipality_name,
      kind: row.municipality_kind,
      location: { lat: Number(row.municipality_lat), lon: Number(row.municipality_lon) },
    },
    phase: row.phase,
    occasion: row.occasion,
    goals: row.goals,
    method: row.method,
    eventConcept: row.event_concept,
    topics: fromJson<Topic[]>(row.topics),
    actors: fromJson<Dialogue["actors"]>(row.actors),
    facilitator: row.facilitator,
    participantCount: row.participant_count ?? undefined,
    heldOn: row.held_on ?? undefined,
    resultsSummary: row.results_summary,
    recommendations: row.recommendations,
    costs: fromJson<Dialogue["costs"]>(row.costs),
    funding: fromJson<Dialogue["funding"]>(row.funding),
    contact: fromNullableJson<Contact>(row.contact),
    location: row.lat !== null && row.lon !== null ? { lat: Number(row.lat), lon: Number(row.lon) } : undefined,
    locationSensitive: fromFlag(row.location_sensitive),
    retentionDays: row.retention_days,
    demo: fromFlag(row.demo),
    published: fromFlag(row.published),
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }) as Dialogue;
}

/** The writable fields of a stored dialogue, for merging a partial update. */
export function fieldsOf(d: Dialogue): DialogueFields {
  const { id: _id, slug: _slug, municipality: _m, published: _p, publishedAt: _pa, createdAt: _c, updatedAt: _u, ...fields } = d;
  return fields;
}
