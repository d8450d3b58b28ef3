import { sql, type Kysely } from "kysely";

/*
 * E-mail to staff: invitations and password-reset links go through the same durable outbox as
 * the registrants' mail, so outbox rows may now belong to no event. The reset links themselves
 * are stored like invitations: only a hash of the secret.
 */

const OUTBOX_COLUMNS = [
  "id",
  "registration_id",
  "event_id",
  "kind",
  "locale",
  "recipient_email",
  "recipient_name",
  "payload",
  "status",
  "attempts",
  "next_attempt_at",
  "claim_id",
  "lease_until",
  "last_error",
  "discard_after",
  "created_at",
  "sent_at",
] as const;

function createOutbox(db: Kysely<any>, name: string, eventRequired: boolean) {
  return db.schema
    .createTable(name)
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("registration_id", "text", (c) => c.references("registrations.id").onDelete("cascade"))
    .addColumn("event_id", "text", (c) => (eventRequired ? c.notNull() : c).references("events.id").onDelete("cascade"))
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
}

async function createOutboxIndexes(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("outbox_due_idx").on("outbox").columns(["status", "next_attempt_at"]).execute();
  await db.schema.createIndex("outbox_registration_idx").on("outbox").column("registration_id").execute();
  await db.schema.createIndex("outbox_event_idx").on("outbox").columns(["event_id", "created_at"]).execute();
}

/** SQLite cannot drop NOT NULL in place: the table is rebuilt, in one transaction so that no row is lost. */
async function rebuildSqliteOutbox(db: Kysely<any>, eventRequired: boolean): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await createOutbox(trx, "outbox_rebuilt", eventRequired);
    const columns = sql.join(OUTBOX_COLUMNS.map((c) => sql.ref(c)));
    await sql`insert into outbox_rebuilt (${columns}) select ${columns} from outbox`.execute(trx);
    await trx.schema.dropTable("outbox").execute();
    await trx.schema.alterTable("outbox_rebuilt").renameTo("outbox").execute();
    await createOutboxIndexes(trx);
  });
}

/**
 * Asked with a query only PostgreSQL knows: there the migration runs in a transaction, which a
 * failed statement would abort; on SQLite (no transactional DDL here) the failure is harmless.
 */
async function isSqlite(db: Kysely<any>): Promise<boolean> {
  return sql`select version()`.execute(db).then(
    () => false,
    () => true,
  );
}

export async function up(db: Kysely<any>): Promise<void> {
  if (await isSqlite(db)) await rebuildSqliteOutbox(db, false);
  else await sql`alter table outbox alter column event_id drop not null`.execute(db);

  await db.schema
    .createTable("password_resets")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("staff_id", "text", (c) => c.notNull().references("staff.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema.createIndex("password_resets_staff_idx").on("password_resets").column("staff_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("password_resets").execute();
  await db.deleteFrom("outbox").where("event_id", "is", null).execute();
  if (await isSqlite(db)) await rebuildSqliteOutbox(db, true);
  else await sql`alter table outbox alter column event_id set not null`.execute(db);
}
