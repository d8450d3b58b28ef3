import { toFieldErrors } from "@kfd/domain";
import * as z from "zod/mini";
import { invalidInput } from "../problem/problem-exception.js";

/** Validates at the edge with the domain's schema; a failure names every offending field. */
export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown, where: "body" | "query"): z.output<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const errors = toFieldErrors(result.error.issues).map((e) => (where === "query" && e.path !== "(body)" ? { ...e, path: `query.${e.path}` } : e));
  throw invalidInput(errors, `The ${where === "body" ? "request body" : "query string"} is invalid: ${errors.map((e) => `${e.path} ${e.message}`).join("; ")}.`);
}
