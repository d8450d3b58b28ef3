import type { Compilable, CompiledQuery, Kysely, QueryResult } from "kysely";
import type { Database, Dialect } from "../database.js";

export type Slot<Params> = <K extends keyof Params & string>(name: K) => Params[K];

export type PreparedQuery<Params, Row> = (trx: Kysely<Database>, dialect: Dialect, params: Params) => Promise<QueryResult<Row>>;

/** No value a caller sends can look like this: it starts with a NUL character. */
const SLOT_MARK = "\u0000kfd-slot:";

/**
 * A query that is built and compiled once per dialect and then run with fresh values. On a
 * hot path, building and compiling a Kysely query costs more than SQLite needs to run it.
 * `slot(name)` stands for a value given at each run; every other value stays as built.
 */
export function preparedQuery<Params extends Record<string, unknown>, Row = unknown>(
  build: (trx: Kysely<Database>, slot: Slot<Params>, dialect: Dialect) => Compilable<Row>,
): PreparedQuery<Params, Row> {
  const templates = new Map<Dialect, { compiled: CompiledQuery<Row>; slots: ((keyof Params & string) | undefined)[] }>();
  return async (trx, dialect, params) => {
    let template = templates.get(dialect);
    if (!template) {
      template = compileTemplate(build, trx, dialect);
      templates.set(dialect, template);
    }
    const { compiled, slots } = template;
    const parameters = compiled.parameters.map((fixed, i) => {
      const name = slots[i];
      return name === undefined ? fixed : params[name];
    });
    return trx.executeQuery<Row>({ ...compiled, parameters });
  };
}

function compileTemplate<Params extends Record<string, unknown>, Row>(
  build: (trx: Kysely<Database>, slot: Slot<Params>, dialect: Dialect) => Compilable<Row>,
  trx: Kysely<Database>,
  dialect: Dialect,
) {
  const requested = new Set<string>();
  const slot = <K extends keyof Params & string>(name: K) => {
    requested.add(name);
    return `${SLOT_MARK}${name}` as Params[K];
  };
  const compiled = build(trx, slot, dialect).compile();
  const slots = compiled.parameters.map((value) =>
    typeof value === "string" && value.startsWith(SLOT_MARK) ? (value.slice(SLOT_MARK.length) as keyof Params & string) : undefined,
  );
  // A slot Kysely wrote into the SQL text instead of binding it would silently run with the placeholder.
  for (const name of requested) {
    if (!slots.includes(name) || compiled.sql.includes(SLOT_MARK)) throw new Error(`Slot "${name}" is not a bound parameter of: ${compiled.sql}`);
  }
  return { compiled, slots };
}
