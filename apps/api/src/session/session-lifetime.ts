import type { SessionLifetime } from "@kfd/db";
import type { Config } from "../config.js";

export function sessionLifetime(config: Pick<Config, "sessionHours" | "sessionIdleMinutes">): SessionLifetime {
  return { absoluteMs: config.sessionHours * 3_600_000, idleMs: config.sessionIdleMinutes * 60_000 };
}

/** The cookie may only travel over TLS wherever the public address is https. */
export const secureCookies = (config: Pick<Config, "publicUrl">) => config.publicUrl.startsWith("https://");

/** Where a cookie-authenticated write may come from. */
export const ownOrigins = (config: Pick<Config, "publicUrl">) => [new URL(config.publicUrl).origin];
