import { expect, it } from "vitest";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { createToken, ensureToken, findPrincipalByToken, listTokens, revokeToken } from "./token.repository.js";

const now = new Date("2026-11-21T10:00:00Z");

describeEachDialect("API tokens", (context) => {
  const db = () => context().db;

  it("creates a random token, stores only its hash, and resolves it to the principal", async () => {
    const { token, principal } = await createToken(db(), { role: "municipality-editor", municipalityAgs: ["08416041"], label: "Stadt Tübingen" }, now);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(principal).toEqual({ tokenId: principal.tokenId, role: "municipality-editor", municipalityAgs: ["08416041"], label: "Stadt Tübingen" });
    expect(await findPrincipalByToken(db(), token)).toEqual(principal);
    expect(await findPrincipalByToken(db(), `${token}x`)).toBeUndefined();
    const rows = await db().kysely.selectFrom("api_tokens").selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("revokes a token once, after which it no longer resolves", async () => {
    const { token, principal } = await createToken(db(), { role: "state-admin", municipalityAgs: [], label: "Land" }, now);
    expect(await revokeToken(db(), principal.tokenId, now)).toBe(true);
    expect(await revokeToken(db(), principal.tokenId, now)).toBe(false);
    expect(await findPrincipalByToken(db(), token)).toBeUndefined();
    const listed = (await listTokens(db())).find((t) => t.tokenId === principal.tokenId);
    expect(listed).toMatchObject({ role: "state-admin", createdAt: now.toISOString(), revokedAt: now.toISOString() });
  });

  it("bootstraps a chosen admin token idempotently, hashed like any other", async () => {
    const chosen = "bootstrap-admin-token-from-the-environment";
    const first = await ensureToken(db(), chosen, { role: "state-admin", municipalityAgs: [], label: "KFD_ADMIN_TOKEN" }, now);
    const second = await ensureToken(db(), chosen, { role: "state-admin", municipalityAgs: [], label: "KFD_ADMIN_TOKEN" }, now);
    expect(second).toEqual(first);
    expect(await findPrincipalByToken(db(), chosen)).toEqual(first);
    const rows = await db().kysely.selectFrom("api_tokens").selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(chosen);
  });
});
