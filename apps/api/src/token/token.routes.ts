import { createToken, findMunicipality, listTokens, revokeToken } from "@kfd/db";
import { createdTokenSchema, createTokenSchema, type TokenSummary } from "@kfd/domain";
import { assertStateAdmin } from "../auth/access.js";
import { principalOf } from "../auth/principal-of.js";
import { tokenListSchema } from "../openapi/schema-catalogue.js";
import { invalidInput, notFound } from "../problem/problem-exception.js";
import type { AppServices } from "../services.js";

export function registerTokenRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "post",
      path: "/v1/tokens",
      operationId: "createToken",
      tag: "Tokens",
      summary: "Issue an API token (state-admin only)",
      description: "The secret is in this answer only; the server keeps a SHA-256 hash. A municipality-editor token names at least one municipality (AGS).",
      access: "admin",
      body: createTokenSchema,
      responses: { 201: { description: "The token, shown once.", schema: createdTokenSchema } },
      problems: [403],
    },
    async (c, { body }) => {
      assertStateAdmin(principalOf(c));
      if (body.role === "municipality-editor" && body.municipalityAgs.length === 0) {
        throw invalidInput([{ path: "municipalityAgs", message: "a municipality-editor token must name at least one municipality" }]);
      }
      const unknown: string[] = [];
      for (const ags of new Set(body.municipalityAgs)) if (!(await findMunicipality(s.db, ags))) unknown.push(ags);
      if (unknown.length > 0) {
        throw invalidInput(unknown.map((ags) => ({ path: `municipalityAgs.${body.municipalityAgs.indexOf(ags)}`, message: `no municipality with AGS ${ags} is known` })));
      }
      const created = await createToken(s.db, { ...body, municipalityAgs: [...new Set(body.municipalityAgs)] }, s.now());
      c.header("Cache-Control", "no-store");
      return c.json(created, 201);
    },
  );

  s.routes.add(
    {
      method: "get",
      path: "/v1/tokens",
      operationId: "listTokens",
      tag: "Tokens",
      summary: "List issued tokens without their secrets (state-admin only)",
      access: "admin",
      responses: { 200: { description: "The tokens, revoked ones included.", schema: tokenListSchema } },
      problems: [403],
    },
    async (c) => {
      assertStateAdmin(principalOf(c));
      const tokens: TokenSummary[] = (await listTokens(s.db)).map(({ tokenId, role, municipalityAgs, label, createdAt, revokedAt }) => ({
        tokenId,
        role,
        municipalityAgs,
        label,
        createdAt,
        revokedAt,
      }));
      return c.json(tokens);
    },
  );

  s.routes.add(
    {
      method: "delete",
      path: "/v1/tokens/{id}",
      operationId: "revokeToken",
      tag: "Tokens",
      summary: "Revoke a token (state-admin only)",
      description: "Takes effect at once, in every process. The bootstrap token KFD_ADMIN_TOKEN is not stored and cannot be revoked here: change the environment instead.",
      access: "admin",
      params: { id: "The token's id (tokenId), not its secret." },
      responses: { 204: { description: "Revoked." } },
      problems: [403, 404],
    },
    async (c, { param }) => {
      assertStateAdmin(principalOf(c));
      if (!(await revokeToken(s.db, param("id"), s.now()))) throw notFound("Token", "No active token with this id exists.");
      return c.body(null, 204);
    },
  );
}
