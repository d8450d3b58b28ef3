import type { Principal } from "@kfd/domain";

/** Per-request values middleware hands to handlers. */
export interface AppEnv {
  Variables: { principal: Principal | undefined };
}
