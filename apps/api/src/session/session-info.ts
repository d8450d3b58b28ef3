import type { ActiveSession } from "@kfd/db";
import type { Principal, SessionInfo } from "@kfd/domain";

export function sessionInfo(principal: Principal, session: ActiveSession | undefined): SessionInfo {
  return {
    staff: session?.staff ?? null,
    role: principal.role,
    municipalityAgs: principal.municipalityAgs,
    label: principal.label,
    csrfToken: session?.csrfToken ?? null,
    expiresAt: session?.expiresAt ?? null,
    idleExpiresAt: session?.idleExpiresAt ?? null,
  };
}
