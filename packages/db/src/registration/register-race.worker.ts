/*
 * Run as its own process by register-race.test.ts: one more server registering for the same
 * event at the same moment, on its own connection (SQLite) or pool (PostgreSQL).
 */
import { openDatabase } from "../connection/open-database.js";
import { registrationData } from "../testing/fixtures.js";
import { register } from "./registration.repository.js";

const [url, eventId, first, count, startAt, now] = process.argv.slice(2);
if (!url || !eventId || !first || !count || !startAt || !now) throw new Error("usage: worker <url> <eventId> <first> <count> <startAt> <now>");

const db = openDatabase(url, { maxConnections: 10 });
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const outcomes = await Promise.all(
  Array.from({ length: Number(count) }, (_, i) => register(db, eventId, registrationData(Number(first) + i), new Date(now))),
);
await db.close();
process.stdout.write(JSON.stringify(outcomes.map((o) => (o.kind === "registered" ? { kind: o.kind, status: o.registration.status, waitlistPosition: o.waitlistPosition } : o))));
