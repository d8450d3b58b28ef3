import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes, base64url: unguessable, and safe in a URL path. */
export function newSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this hash is stored: a leaked database does not leak working tokens. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
