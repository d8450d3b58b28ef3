import type { ActiveSession } from "@kfd/db";
import type { Principal } from "@kfd/domain";

/** Per-request values middleware hands to handlers. */
export interface AppEnv {
  Variables: {
    principal: Principal | undefined;
    /** The staff session the principal came from (cookie sign-in); undefined for bearer tokens. */
    session?: (ActiveSession & { sessionId: string }) | undefined;
  };
}
