import { createHash, timingSafeEqual } from "node:crypto";
import { findPrincipalByToken, type KfdDatabase } from "@kfd/db";
import type { Principal } from "@kfd/domain";
import { ProblemException } from "../problem/problem-exception.js";

/** Resolves the bearer token of a request; `required` makes a missing token a 401. */
export type Authenticator = (authorization: string | undefined, required: boolean) => Promise<Principal | undefined>;

const BOOTSTRAP_PRINCIPAL: Principal = { tokenId: "bootstrap", role: "state-admin", municipalityAgs: [], label: "KFD_ADMIN_TOKEN" };

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest();

const unauthorized = (detail: string) =>
  new ProblemException({ status: 401, code: "unauthorized", title: "Unauthorized", detail, headers: { "WWW-Authenticate": 'Bearer realm="kfd"' } });

export function createAuthenticator(db: KfdDatabase, adminToken: string | undefined): Authenticator {
  // Hashing both sides gives equal-length buffers, so the comparison time says nothing about the token.
  const adminDigest = adminToken === undefined ? undefined : sha256(adminToken);
  return async (authorization, required) => {
    if (authorization === undefined || authorization.trim() === "") {
      if (required) throw unauthorized("This route needs an Authorization: Bearer <token> header.");
      return undefined;
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1]) throw unauthorized("The Authorization header must have the form: Bearer <token>.");
    const token = match[1];
    if (adminDigest && timingSafeEqual(sha256(token), adminDigest)) return BOOTSTRAP_PRINCIPAL;
    if (token.length > 200) throw unauthorized("The token is not valid.");
    const principal = await findPrincipalByToken(db, token);
    if (!principal) throw unauthorized("The token is not valid or has been revoked.");
    return principal;
  };
}
