import type { Kysely } from "kysely";
import type { DialogueTable } from "./dialogue/dialogue.table.js";
import type { EventTable } from "./event/event.table.js";
import type { MeasureHistoryTable, MeasureTable } from "./measure/measure.table.js";
import type { MunicipalityTable } from "./municipality/municipality.table.js";
import type { RegistrationTable } from "./registration/registration.table.js";
import type { ResultTable } from "./result/result.table.js";
import type { ApiTokenTable } from "./token/token.table.js";
import type { WorkingGroupTable } from "./working-group/working-group.table.js";

export interface Database {
  municipalities: MunicipalityTable;
  dialogues: DialogueTable;
  events: EventTable;
  registrations: RegistrationTable;
  results: ResultTable;
  working_groups: WorkingGroupTable;
  measures: MeasureTable;
  measure_history: MeasureHistoryTable;
  api_tokens: ApiTokenTable;
}

export const DIALECTS = ["sqlite", "postgres"] as const;
export type Dialect = (typeof DIALECTS)[number];

export interface KfdDatabase {
  kysely: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}
