// API throughput of the public read path and the registration path, each next to a bare Hono
// handler in the same run: ratios survive a slower or busier machine, absolute numbers do not.
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const ADMIN_TOKEN = "bench-admin-token-0123456789abcdef";

async function waitFor(url, child, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function startProcess(script, env, port) {
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ["ignore", "ignore", "inherit"] });
  return { child, stop: () => new Promise((r) => (child.exitCode !== null ? r() : (child.once("exit", r), child.kill("SIGTERM")))) };
}

async function load(opts) {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION, ...opts });
  if (result.errors > 0 || result.non2xx > 0) throw new Error(`${opts.url}: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total };
}

export async function measureThroughput({ apiServer, bareServer }) {
  const dir = mkdtempSync(join(tmpdir(), "kfd-bench-"));
  const api = startProcess(apiServer, { DATABASE_URL: `file:${join(dir, "kfd.sqlite")}`, KFD_DEMO: "1", KFD_RATE_LIMIT: "0", KFD_ADMIN_TOKEN: ADMIN_TOKEN, KFD_LOG: "0" }, 3901);
  const rows = [];
  let bare;
  try {
    await waitFor("http://127.0.0.1:3901/health", api.child);
    const dialogues = await (await fetch("http://127.0.0.1:3901/v1/dialogues")).json();
    const slug = (dialogues.items ?? dialogues)[0].slug;
    const steckbriefPath = `/v1/dialogues/${slug}/steckbrief`;
    const steckbrief = await (await fetch(`http://127.0.0.1:3901${steckbriefPath}`)).text();
    writeFileSync(join(dir, "body.json"), steckbrief);

    const startsAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const endsAt = new Date(Date.now() + 30 * 86_400_000 + 3 * 3_600_000).toISOString();
    const created = await fetch(`http://127.0.0.1:3901/v1/dialogues/${slug}/events`, {
      method: "POST",
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ title: "Benchmark", startsAt, endsAt, capacity: 100_000, waitlist: false }),
    });
    if (created.status !== 201) throw new Error(`creating the bench event: ${created.status} ${await created.text()}`);
    const eventId = (await created.json()).id;

    bare = startProcess(bareServer, { BENCH_BODY_FILE: join(dir, "body.json") }, 3902);
    await waitFor("http://127.0.0.1:3902/health", bare.child);

    const bareGet = await load({ url: "http://127.0.0.1:3902/json" });
    const apiGet = await load({ url: `http://127.0.0.1:3901${steckbriefPath}` });
    rows.push({ route: `GET ${steckbriefPath.replace(slug, "{slug}")}`, bytes: steckbrief.length, api: apiGet, bare: bareGet });

    let n = 0;
    const registration = (prefix) => ({
      method: "POST",
      headers: { "content-type": "application/json" },
      setupRequest: (req) => ({ ...req, body: JSON.stringify({ name: "Bench Person", email: `${prefix}-${n++}@example.org`, consent: true }) }),
    });
    const barePost = await load({ url: "http://127.0.0.1:3902/json", requests: [registration("bare")] });
    const apiPost = await load({ url: `http://127.0.0.1:3901/v1/events/${eventId}/registrations`, requests: [registration("api")] });
    rows.push({ route: "POST /v1/events/{id}/registrations", bytes: null, api: apiPost, bare: barePost });

    const check = await (await fetch(`http://127.0.0.1:3901/v1/events/${eventId}`)).json();
    // Requests still in flight when autocannon stops its clock are stored too, so at least as many.
    if (check.confirmedCount < apiPost.total) throw new Error(`bench registrations: ${apiPost.total} answered 201 but only ${check.confirmedCount} confirmed`);
    return rows;
  } finally {
    await Promise.all([api.stop(), bare?.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
}
