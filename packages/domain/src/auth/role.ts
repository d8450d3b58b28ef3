import * as z from "zod/mini";
import { agsSchema } from "../municipality/municipality.js";

/** A state admin manages every municipality; an editor only the municipalities named on the token. */
export const ROLES = ["state-admin", "municipality-editor"] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

export const createTokenSchema = z.object({
  role: roleSchema,
  municipalityAgs: z._default(z.array(agsSchema).check(z.maxLength(500)), []),
  label: z.string().check(z.trim(), z.minLength(1, "must not be empty"), z.maxLength(120)),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;

/** Who is calling an admin route, as resolved from a bearer token. */
export interface Principal {
  tokenId: string;
  role: Role;
  municipalityAgs: string[];
  label: string;
  /** Set when the caller signed in as a staff account (cookie session) rather than with a token. */
  staffId?: string;
}

export function mayManageMunicipality(principal: Pick<Principal, "role" | "municipalityAgs">, ags: string): boolean {
  return principal.role === "state-admin" || principal.municipalityAgs.includes(ags);
}
