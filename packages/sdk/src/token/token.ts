import type { CreatedToken, CreateTokenInput, TokenSummary } from "@kfd/domain";
import type { ClientOptions, RequestOptions } from "../options.js";
import { request, segment } from "../request.js";

/** State admin: issues a token. The secret is in `token` — shown once, stored only as a hash. */
export function createToken(options: ClientOptions, input: CreateTokenInput, call?: RequestOptions): Promise<CreatedToken> {
  return request(options, "/v1/tokens", { ...call, method: "POST", body: input });
}

/** State admin: every issued token (revoked ones too), without secrets. */
export function listTokens(options: ClientOptions, call?: RequestOptions): Promise<TokenSummary[]> {
  return request(options, "/v1/tokens", call);
}

/** State admin: the token stops working at once. */
export function revokeToken(options: ClientOptions, tokenId: string, call?: RequestOptions): Promise<void> {
  return request(options, `/v1/tokens/${segment(tokenId)}`, { ...call, method: "DELETE" });
}
