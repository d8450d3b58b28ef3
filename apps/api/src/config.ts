import { fileURLToPath } from "node:url";

export interface Config {
  port: number;
  databaseUrl: string;
  /** Bootstrap state-admin token; compared in constant time and never stored. */
  adminToken: string | undefined;
  demo: boolean;
  /** One log line per request (method path status ms); KFD_LOG=0 silences them, e.g. for load tests. */
  requestLog: boolean;
  /** Registrations per minute per client IP and process; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Behind a reverse proxy: take the client IP from the first X-Forwarded-For entry. */
  trustProxy: boolean;
  /** Origins (besides the municipality's own list) allowed to register cross-origin; "*" allows any. */
  embedOrigins: string[];
  /** How long a serialised public read (Steckbrief, dialogue) may be served from memory. */
  readCacheMs: number;
  /** Request bodies above this many bytes are refused with 413. */
  bodyLimitBytes: number;
  /** Where the demo page (apps/demo) and the built staff console (apps/admin/dist) live. */
  demoDir: string;
  adminDir: string;
  /** Where e-mails go out (smtp://user:pass@host:587, smtps://…); without it the outbox is only shown to staff. */
  smtpUrl: string | undefined;
  /** Sender of the e-mails to registrants. */
  mailFrom: string;
  /** The API's address as registrants reach it: the links in e-mails point here. */
  publicUrl: string;
  /** How often the in-process jobs (mail delivery, reminders, erasure) run. */
  jobsIntervalMs: number;
  /** How long before an event its reminder is sent. */
  reminderHours: number;
  /** Days after cancelling until a cancelled registration's personal data is erased. */
  cancelledRetentionDays: number;
  /** A staff session ends this many hours after sign-in, and after this many idle minutes. */
  sessionHours: number;
  sessionIdleMinutes: number;
  /** The demo editor's password (KFD_DEMO_PASSWORD); generated and printed when unset. */
  demoPassword: string | undefined;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number between ${min} and ${max}, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  throw new ConfigError(`${name} must be 1 or 0, got "${env[name]}"`);
}

function origins(env: Env, name: string): string[] {
  const list = (env[name] ?? "").split(",").map((o) => o.trim()).filter((o) => o !== "");
  for (const origin of list) {
    if (origin === "*") continue;
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new ConfigError(`${name} must be a comma-separated list of origins such as https://www.example.de, got "${origin}"`);
    }
    if (parsed.origin !== origin.replace(/\/$/, "")) {
      throw new ConfigError(`${name} entries must be bare origins (scheme://host[:port]) without a path, got "${origin}"`);
    }
  }
  return list.map((o) => (o === "*" ? o : new URL(o).origin));
}

function databaseUrl(env: Env): string {
  const url = env.DATABASE_URL?.trim() || "file:./data/kfd.sqlite";
  if (!/^(file:|postgres:\/\/|postgresql:\/\/)/.test(url)) {
    throw new ConfigError(`DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL), got "${url.replace(/:[^:@/]*@/, ":***@")}"`);
  }
  return url;
}

// src/config.ts and dist/server.js sit at the same depth under apps/api, so these resolve in both.
const fromApi = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Reads the environment once at start; a wrong value stops the start with a message naming the variable. */
export function loadConfig(env: Env = process.env): Config {
  const adminToken = env.KFD_ADMIN_TOKEN?.trim() || undefined;
  if (adminToken !== undefined && adminToken.length < 16) {
    throw new ConfigError("KFD_ADMIN_TOKEN must be at least 16 characters long");
  }
  return {
    port: integer(env, "PORT", 3000, 0, 65535),
    databaseUrl: databaseUrl(env),
    adminToken,
    demo: flag(env, "KFD_DEMO", false),
    requestLog: flag(env, "KFD_LOG", true),
    rateLimitPerMinute: integer(env, "KFD_RATE_LIMIT", 30, 0, 1_000_000),
    trustProxy: flag(env, "KFD_TRUST_PROXY", false),
    embedOrigins: origins(env, "KFD_EMBED_ORIGINS"),
    readCacheMs: integer(env, "KFD_READ_CACHE_MS", 2000, 0, 60_000),
    bodyLimitBytes: integer(env, "KFD_BODY_LIMIT", 64 * 1024, 1024, 10 * 1024 * 1024),
    demoDir: env.KFD_DEMO_DIR ?? fromApi("../../demo/"),
    adminDir: env.KFD_ADMIN_DIR ?? fromApi("../../admin/dist/"),
    ...mailAndJobs(env),
    ...staffSessions(env),
  };
}

function mailAndJobs(env: Env) {
  const port = integer(env, "PORT", 3000, 0, 65535);
  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  if (smtpUrl !== undefined && !/^smtps?:\/\/[^/]/.test(smtpUrl)) throw new ConfigError("SMTP_URL must start with smtp:// or smtps://");
  const publicUrl = (env.KFD_PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]+/.test(publicUrl)) throw new ConfigError(`KFD_PUBLIC_URL must be an http(s) URL, got "${publicUrl}"`);
  const mailFrom = env.KFD_MAIL_FROM?.trim() || `Kommunale Flüchtlingsdialoge <no-reply@${new URL(publicUrl).hostname}>`;
  return {
    smtpUrl,
    mailFrom,
    publicUrl,
    jobsIntervalMs: integer(env, "KFD_JOBS_INTERVAL_MS", 30_000, 1_000, 86_400_000),
    reminderHours: integer(env, "KFD_REMINDER_HOURS", 48, 1, 24 * 30),
    cancelledRetentionDays: integer(env, "KFD_CANCELLED_RETENTION_DAYS", 7, 0, 365),
  };
}

function staffSessions(env: Env) {
  const demoPassword = env.KFD_DEMO_PASSWORD?.trim() || undefined;
  if (demoPassword !== undefined && demoPassword.length < 12) throw new ConfigError("KFD_DEMO_PASSWORD must be at least 12 characters long");
  return {
    sessionHours: integer(env, "KFD_SESSION_HOURS", 12, 1, 24 * 30),
    sessionIdleMinutes: integer(env, "KFD_SESSION_IDLE_MINUTES", 120, 5, 24 * 60),
    demoPassword,
  };
}
