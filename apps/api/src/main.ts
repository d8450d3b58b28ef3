import { serve } from "@hono/node-server";
import { migrateToLatest, MigrationFailedError, openDatabase, type KfdDatabase } from "@kfd/db";
import { createApp } from "./app.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { demoSignInLine, ensureDemoAccount } from "./demo/demo-account.js";
import { loadDemoData } from "./demo/index.js";
import { startBackgroundJobs } from "./jobs/background-jobs.js";
import { bufferedLog } from "./log/buffered-log.js";
import { ensureMunicipalityRegister } from "./municipality/municipality-register.js";

const SHUTDOWN_GRACE_MS = 10_000;

function fail(message: string): never {
  process.stderr.write(`kfd: ${message}\n`);
  process.exit(1);
}

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(`configuration error: ${err.message}`);
    throw err;
  }
}

async function start(): Promise<void> {
  const config = readConfig();
  let db: KfdDatabase;
  try {
    db = openDatabase(config.databaseUrl);
  } catch (err) {
    fail(`cannot open the database: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    const { applied } = await migrateToLatest(db);
    if (applied.length > 0) process.stdout.write(`kfd: applied migrations ${applied.join(", ")}\n`);
  } catch (err) {
    await db.close().catch(() => undefined);
    const where = err instanceof MigrationFailedError && err.migration ? ` in ${err.migration}` : "";
    fail(`database migration failed${where}: ${err instanceof Error ? err.message : String(err)} — the server does not start on a half-migrated database.`);
  }

  const added = await ensureMunicipalityRegister(db);
  if (added > 0) process.stdout.write(`kfd: municipality register loaded (${added} municipalities added)\n`);

  if (config.demo) {
    const demo = await loadDemoData(db, new Date());
    process.stdout.write(
      demo.loaded
        ? `kfd: demo data loaded (${demo.dialogues} dialogues, ${demo.events} events); try event ${demo.demoEventId}\n`
        : "kfd: database not empty, demo data left out\n",
    );
    // Only beside the demo's own dialogue: a real database started with KFD_DEMO=1 gets no demo login.
    if (demo.loaded || demo.demoEventId !== null) {
      const account = await ensureDemoAccount(db, config.demoPassword, new Date());
      process.stdout.write(`${demoSignInLine(account, config.publicUrl)}\n`);
    }
  }

  const log = bufferedLog((chunk) => process.stdout.write(chunk));
  const app = createApp({ db, config, ...(config.requestLog ? { log: log.line } : {}) });
  const jobs = startBackgroundJobs(db, config, (line) => process.stderr.write(`${line}\n`));
  if (!config.smtpUrl) process.stdout.write("kfd: no SMTP_URL — e-mails stay in the outbox (GET /v1/outbox) instead of being sent\n");
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    process.stdout.write(`kfd: listening on http://localhost:${info.port} (${db.dialect})\n`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`kfd: ${signal} received, finishing open requests\n`);
    const force = setTimeout(() => fail(`requests still open after ${SHUTDOWN_GRACE_MS} ms, stopping anyway`), SHUTDOWN_GRACE_MS).unref();
    // close() stops accepting and waits for requests in flight; idle keep-alive sockets would hold it open.
    server.close(async () => {
      clearTimeout(force);
      log.flush();
      await jobs.stop();
      await db.close();
      process.stdout.write("kfd: stopped\n");
      process.exit(0);
    });
    if ("closeIdleConnections" in server) server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

start().catch((err: unknown) => fail(`could not start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
