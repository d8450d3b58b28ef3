import type { Principal } from "@kfd/domain";
import type { Context } from "hono";
import type { AppEnv } from "../app-env.js";
import { ProblemException } from "../problem/problem-exception.js";

/** The caller of an admin route; the registry has already refused requests without a token. */
export function principalOf(c: Context<AppEnv>): Principal {
  const principal = c.get("principal");
  if (!principal) throw new ProblemException({ status: 401, code: "unauthorized", title: "Unauthorized", detail: "This route needs a bearer token." });
  return principal;
}
