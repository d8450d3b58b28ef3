import { hostname } from "node:os";
import type { KfdDatabase } from "@kfd/db";
import type { Config } from "../config.js";
import { DEFAULT_DELIVERY } from "../mail/deliver-outbox.js";
import { smtpMailer } from "../mail/smtp-mailer.js";
import { sessionLifetime } from "../session/session-lifetime.js";
import type { JobDeps } from "./run-jobs.js";
import { startScheduler, type Scheduler } from "./scheduler.js";

/** What the jobs need, from the configuration; tests build their own with a test clock. */
export function jobDepsFromConfig(db: KfdDatabase, config: Config, now: () => Date = () => new Date()): JobDeps {
  return {
    db,
    now,
    holder: `${hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`,
    reminderLeadMs: config.reminderHours * 3600_000,
    cancelledRetentionDays: config.cancelledRetentionDays,
    mailer: config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : undefined,
    delivery: { ...DEFAULT_DELIVERY, publicUrl: config.publicUrl },
    leaseMs: Math.max(5 * 60_000, 2 * config.jobsIntervalMs),
    sessionLifetime: sessionLifetime(config),
  };
}

/** The server's background work (main.ts starts it; createApp never does, so tests stay quiet). */
export function startBackgroundJobs(db: KfdDatabase, config: Config, log: (line: string) => void): Scheduler {
  const deps = jobDepsFromConfig(db, config);
  const scheduler = startScheduler(deps, config.jobsIntervalMs, (error) => log(`kfd: background job failed: ${error instanceof Error ? error.message : String(error)}`));
  return {
    runNow: scheduler.runNow,
    async stop() {
      await scheduler.stop();
      deps.mailer?.close();
    },
  };
}
