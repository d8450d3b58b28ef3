import { sql, type Kysely } from "kysely";

/*
 * What a registration goes through after it is taken: the e-mails it causes (a durable outbox
 * written in the same transaction as the change), the erasure of its personal data once the
 * event no longer needs it, the audit trail of staff who looked at it, and the leases that let
 * one of several server processes run a scheduled job alone.
 */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("outbox")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("registration_id", "text", (c) => c.references("registrations.id").onDelete("cascade"))
    .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("recipient_email", "text", (c) => c.notNull())
    .addColumn("recipient_name", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("claim_id", "text")
    .addColumn("lease_until", "text")
    .addColumn("last_error", "text")
    .addColumn("discard_after", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .execute();
  // Delivery picks due messages by status and time; erasure finds a registration's messages.
  await db.schema.createIndex("outbox_due_idx").on("outbox").columns(["status", "next_attempt_at"]).execute();
  await db.schema.createIndex("outbox_registration_idx").on("outbox").column("registration_id").execute();
  await db.schema.createIndex("outbox_event_idx").on("outbox").columns(["event_id", "created_at"]).execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor_token_id", "text", (c) => c.notNull())
    .addColumn("actor_label", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("event_id", "text")
    .addColumn("registration_id", "text")
    .addColumn("detail", "text")
    .execute();
  await db.schema.createIndex("audit_log_at_idx").on("audit_log").columns(["at", "seq"]).execute();

  await db.schema
    .createTable("job_leases")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("holder", "text")
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();

  await db.schema.alterTable("registrations").addColumn("personal_data_erased_at", "text").execute();
  await db.schema.alterTable("registrations").addColumn("accessibility_needed", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await sql`update registrations set accessibility_needed = 1 where accessibility_needs is not null and accessibility_needs <> ''`.execute(db);
  await db.schema.createIndex("registrations_cancelled_erasure_idx").on("registrations").columns(["status", "personal_data_erased_at", "cancelled_at"]).execute();

  await db.schema.alterTable("events").addColumn("reminders_queued_at", "text").execute();
  await db.schema.alterTable("events").addColumn("personal_data_erased_at", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("events").dropColumn("personal_data_erased_at").execute();
  await db.schema.alterTable("events").dropColumn("reminders_queued_at").execute();
  await db.schema.dropIndex("registrations_cancelled_erasure_idx").execute();
  await db.schema.alterTable("registrations").dropColumn("accessibility_needed").execute();
  await db.schema.alterTable("registrations").dropColumn("personal_data_erased_at").execute();
  for (const table of ["job_leases", "audit_log", "outbox"]) await db.schema.dropTable(table).execute();
}
