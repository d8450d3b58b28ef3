import type { Kysely } from "kysely";

/*
 * The municipal workspace: staff accounts with password sign-in and cookie sessions, the
 * sign-in throttle several processes share, invitations, and the Vorbereitung of a dialogue
 * (analysis answers, the checklist copied from a method template, the project plan).
 */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("staff")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("municipality_ags", "text", (c) => c.notNull())
    .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("last_sign_in_at", "text")
    .execute();

  await db.schema
    .createTable("staff_sessions")
    .addColumn("id_hash", "text", (c) => c.primaryKey())
    .addColumn("staff_id", "text", (c) => c.notNull().references("staff.id").onDelete("cascade"))
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("staff_sessions_staff_idx").on("staff_sessions").column("staff_id").execute();
  await db.schema.createIndex("staff_sessions_expires_idx").on("staff_sessions").column("expires_at").execute();

  await db.schema
    .createTable("sign_in_failures")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("failures", "integer", (c) => c.notNull())
    .addColumn("blocked_until", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("invitations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("municipality_ags", "text", (c) => c.notNull())
    .addColumn("invited_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("accepted_at", "text")
    .addColumn("revoked_at", "text")
    .addColumn("staff_id", "text", (c) => c.references("staff.id").onDelete("set null"))
    .execute();

  await db.schema
    .createTable("dialogue_preparations")
    .addColumn("dialogue_id", "text", (c) => c.primaryKey().references("dialogues.id").onDelete("cascade"))
    .addColumn("analysis", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("template_method", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("checklist_items")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("dialogue_id", "text", (c) => c.notNull().references("dialogues.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("done", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("done_at", "text")
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("template_key", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("checklist_items_dialogue_idx").on("checklist_items").columns(["dialogue_id", "position"]).execute();
  // Applying a template twice must not copy an item twice, even from two processes at once.
  await db.schema.createIndex("checklist_items_template_key_idx").on("checklist_items").columns(["dialogue_id", "template_key"]).unique().execute();

  await db.schema
    .createTable("milestones")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("dialogue_id", "text", (c) => c.notNull().references("dialogues.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("due_on", "text")
    .addColumn("done", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("done_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("milestones_dialogue_idx").on("milestones").columns(["dialogue_id", "position"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["milestones", "checklist_items", "dialogue_preparations", "invitations", "sign_in_failures", "staff_sessions", "staff"]) {
    await db.schema.dropTable(table).execute();
  }
}
