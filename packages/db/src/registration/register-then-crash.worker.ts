/*
 * Run as its own process by register-durability.test.ts: registers one person, reports the
 * answer the API would send as 201, and dies at once (SIGKILL: no exit hooks, no close()).
 */
import { openDatabase } from "../connection/open-database.js";
import { registrationData } from "../testing/fixtures.js";
import { register } from "./registration.repository.js";

const [url, eventId, now] = process.argv.slice(2);
if (!url || !eventId || !now) throw new Error("usage: worker <url> <eventId> <now>");

const outcome = await register(openDatabase(url), eventId, registrationData(1), new Date(now));
process.stdout.write(JSON.stringify(outcome), () => process.kill(process.pid, "SIGKILL"));
