import { sql, type Kysely } from "kysely";

/*
 * Column types are chosen to behave the same on SQLite and PostgreSQL: JSON and instants are
 * text, flags are 0/1 integers. That way one set of queries and mappers serves both dialects.
 * Migrations take Kysely<any> because they must keep working after the Database type moves on.
 */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("municipalities")
    .addColumn("ags", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("lat", "double precision", (c) => c.notNull())
    .addColumn("lon", "double precision", (c) => c.notNull())
    .addColumn("embed_origins", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("dialogues")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("municipality_ags", "text", (c) => c.notNull().references("municipalities.ags"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("phase", "text", (c) => c.notNull())
    .addColumn("occasion", "text", (c) => c.notNull())
    .addColumn("goals", "text", (c) => c.notNull())
    .addColumn("method", "text", (c) => c.notNull())
    .addColumn("event_concept", "text", (c) => c.notNull())
    .addColumn("topics", "text", (c) => c.notNull())
    .addColumn("topic_slugs", "text", (c) => c.notNull())
    .addColumn("actors", "text", (c) => c.notNull())
    .addColumn("facilitator", "text", (c) => c.notNull())
    .addColumn("participant_count", "integer")
    .addColumn("held_on", "text")
    .addColumn("results_summary", "text", (c) => c.notNull())
    .addColumn("recommendations", "text", (c) => c.notNull())
    .addColumn("costs", "text", (c) => c.notNull())
    .addColumn("funding", "text", (c) => c.notNull())
    .addColumn("contact", "text")
    .addColumn("lat", "double precision")
    .addColumn("lon", "double precision")
    .addColumn("location_sensitive", "integer", (c) => c.notNull())
    .addColumn("retention_days", "integer", (c) => c.notNull())
    .addColumn("demo", "integer", (c) => c.notNull())
    .addColumn("published", "integer", (c) => c.notNull())
    .addColumn("published_at", "text")
    .addColumn("search_text", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("dialogues_municipality_idx").on("dialogues").column("municipality_ags").execute();
  await db.schema.createIndex("dialogues_published_idx").on("dialogues").columns(["published", "created_at"]).execute();

  await db.schema
    .createTable("events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("dialogue_id", "text", (c) => c.notNull().references("dialogues.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    .addColumn("venue", "text")
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("online_url", "text")
    .addColumn("capacity", "integer", (c) => c.notNull())
    .addColumn("waitlist", "integer", (c) => c.notNull())
    .addColumn("registration_opens_at", "text")
    .addColumn("registration_closes_at", "text")
    .addColumn("languages", "text", (c) => c.notNull())
    .addColumn("interpreting_languages", "text", (c) => c.notNull())
    .addColumn("childcare", "integer", (c) => c.notNull())
    .addColumn("accessibility", "text", (c) => c.notNull())
    .addColumn("quotas", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("cancelled_reason", "text")
    .addColumn("confirmed_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("confirmed_by_group", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("waitlist_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("registration_seq", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addCheckConstraint("events_seat_counts_not_negative", sql`confirmed_count >= 0 and waitlist_count >= 0`)
    .execute();
  await db.schema.createIndex("events_dialogue_idx").on("events").columns(["dialogue_id", "position"]).execute();

  await db.schema
    .createTable("registrations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("email_normalised", "text", (c) => c.notNull())
    .addColumn("actor_group", "text")
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("interpreting", "text")
    .addColumn("childcare", "text")
    .addColumn("accessibility_needs", "text")
    .addColumn("consent_version", "text", (c) => c.notNull())
    .addColumn("consented_at", "text", (c) => c.notNull())
    .addColumn("cancel_token_hash", "text", (c) => c.notNull().unique())
    .addColumn("attended", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("cancelled_at", "text")
    .execute();
  // The waitlist and the admin list read registrations of one event by status in arrival order.
  await db.schema.createIndex("registrations_event_status_seq_idx").on("registrations").columns(["event_id", "status", "seq"]).execute();
  await db.schema.createIndex("registrations_event_seq_key").on("registrations").columns(["event_id", "seq"]).unique().execute();
  // Backstop for the in-transaction duplicate check: one live registration per address and event.
  await db.schema
    .createIndex("registrations_live_email_key")
    .on("registrations")
    .columns(["event_id", "email_normalised"])
    .unique()
    .where(sql.ref("status"), "<>", sql.lit("cancelled"))
    .execute();

  await db.schema
    .createTable("results")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("dialogue_id", "text", (c) => c.notNull().references("dialogues.id").onDelete("cascade"))
    .addColumn("event_id", "text", (c) => c.references("events.id").onDelete("set null"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("topic", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("results_dialogue_idx").on("results").columns(["dialogue_id", "position"]).execute();

  await db.schema
    .createTable("working_groups")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("dialogue_id", "text", (c) => c.notNull().references("dialogues.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("contact_email", "text")
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("working_groups_dialogue_idx").on("working_groups").columns(["dialogue_id", "position"]).execute();

  await db.schema
    .createTable("measures")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("dialogue_id", "text", (c) => c.notNull().references("dialogues.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("topic", "text")
    .addColumn("responsible", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("progress", "integer", (c) => c.notNull())
    .addColumn("due_on", "text")
    .addColumn("result_id", "text", (c) => c.references("results.id").onDelete("set null"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("measures_dialogue_idx").on("measures").columns(["dialogue_id", "position"]).execute();

  await db.schema
    .createTable("measure_history")
    .addColumn("measure_id", "text", (c) => c.notNull().references("measures.id").onDelete("cascade"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("progress", "integer", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("measure_history_pkey", ["measure_id", "seq"])
    .execute();

  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("municipality_ags", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["api_tokens", "measure_history", "measures", "working_groups", "results", "registrations", "events", "dialogues", "municipalities"]) {
    await db.schema.dropTable(table).execute();
  }
}
