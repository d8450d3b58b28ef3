import type { Principal, Role } from "@kfd/domain";
import type { KfdDatabase } from "../database.js";
import { fromJson, toJson } from "../shared/columns.js";
import { hashToken, newSecretToken } from "../shared/secret-token.js";
import type { ApiTokenRow } from "./token.table.js";

export type { Principal, Role };

function toPrincipal(row: Pick<ApiTokenRow, "id" | "role" | "municipality_ags" | "label">): Principal {
  return { tokenId: row.id, role: row.role, municipalityAgs: fromJson<string[]>(row.municipality_ags), label: row.label };
}

/** Returns the token once; only its SHA-256 hash is stored. */
export async function createToken(
  db: KfdDatabase,
  input: { role: Role; municipalityAgs: readonly string[]; label: string },
  now: Date,
): Promise<{ token: string; principal: Principal }> {
  const token = newSecretToken();
  const row = {
    id: crypto.randomUUID(),
    token_hash: hashToken(token),
    role: input.role,
    municipality_ags: toJson([...new Set(input.municipalityAgs)]),
    label: input.label,
    created_at: now.toISOString(),
    revoked_at: null,
  };
  await db.kysely.insertInto("api_tokens").values(row).execute();
  return { token, principal: toPrincipal(row) };
}

/**
 * Stores a token chosen outside (the KFD_ADMIN_TOKEN bootstrap), hashed like any other;
 * idempotent, so every start of the server may call it.
 */
export async function ensureToken(db: KfdDatabase, token: string, input: { role: Role; municipalityAgs: readonly string[]; label: string }, now: Date): Promise<Principal> {
  const existing = await findPrincipalByToken(db, token);
  if (existing) return existing;
  const row = {
    id: crypto.randomUUID(),
    token_hash: hashToken(token),
    role: input.role,
    municipality_ags: toJson([...new Set(input.municipalityAgs)]),
    label: input.label,
    created_at: now.toISOString(),
    revoked_at: null,
  };
  await db.kysely
    .insertInto("api_tokens")
    .values(row)
    .onConflict((oc) => oc.column("token_hash").doNothing())
    .execute();
  return (await findPrincipalByToken(db, token)) ?? toPrincipal(row);
}

export async function findPrincipalByToken(db: KfdDatabase, token: string): Promise<Principal | undefined> {
  const row = await db.kysely
    .selectFrom("api_tokens")
    .select(["id", "role", "municipality_ags", "label"])
    .where("token_hash", "=", hashToken(token))
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return row && toPrincipal(row);
}

export async function listTokens(db: KfdDatabase): Promise<(Principal & { createdAt: string; revokedAt: string | null })[]> {
  const rows = await db.kysely
    .selectFrom("api_tokens")
    .select(["id", "role", "municipality_ags", "label", "created_at", "revoked_at"])
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({ ...toPrincipal(row), createdAt: row.created_at, revokedAt: row.revoked_at }));
}

/** True if the token was live and is now revoked. */
export async function revokeToken(db: KfdDatabase, tokenId: string, now: Date): Promise<boolean> {
  const result = await db.kysely
    .updateTable("api_tokens")
    .set({ revoked_at: now.toISOString() })
    .where("id", "=", tokenId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
