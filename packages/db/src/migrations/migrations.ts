import type { Migration } from "kysely";
import * as initial from "./2026-11-21T0000-initial.js";
import * as lifecycle from "./2026-11-21T1000-lifecycle.js";
import * as staffWorkspace from "./2026-11-21T1200-staff-workspace.js";
import * as staffMail from "./2026-11-21T1400-staff-mail.js";

/**
 * Listed here rather than read from a folder, so that a bundled server carries its migrations.
 * Names sort by time: Kysely applies them in that order.
 */
export const migrations: Record<string, Migration> = {
  "2026-11-21T0000-initial": initial,
  "2026-11-21T1000-lifecycle": lifecycle,
  "2026-11-21T1200-staff-workspace": staffWorkspace,
  "2026-11-21T1400-staff-mail": staffMail,
};
