import * as z from "zod/mini";

/** A trimmed, non-empty single-line text with an upper bound, so nobody can store a novel in a title. */
export const text = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, "must not be empty"), z.maxLength(max, `must be at most ${max} characters`));

/** Free text that may be left empty; stored as given (trimmed). */
export const longText = (max = 5000) => z.string().check(z.trim(), z.maxLength(max, `must be at most ${max} characters`));

export const id = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, "must be an id of letters, digits, _ or -"));

export const slug = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case letters, digits and single hyphens"), z.maxLength(80));

/** An instant with an explicit offset, e.g. 2026-12-03T18:00:00+01:00; stored as given. */
export const instant = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time with offset" });

export const calendarDate = z.iso.date({ message: "must be a date YYYY-MM-DD" });

export const email = z.email({ message: "must be a valid e-mail address" }).check(z.maxLength(254));

export const euro = z.number().check(z.gte(0, "must not be negative"), z.lte(100_000_000));

export const httpsUrl = z.url({ protocol: /^https?$/, message: "must be an http(s) URL" });

type Unwrapped<S> = S extends z.ZodMiniDefault<infer Inner> ? Inner : S extends z.ZodMiniPrefault<infer Inner> ? Inner : S;

/**
 * The same fields with their defaults removed: a partial update must leave unsent fields
 * alone rather than reset them to the creation defaults.
 */
export function withoutDefaults<Shape extends Record<string, z.ZodMiniType>>(shape: Shape): { [K in keyof Shape]: Unwrapped<Shape[K]> } {
  const out: Record<string, z.ZodMiniType> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const def = schema._zod.def as { type: string; innerType?: z.ZodMiniType };
    out[key] = (def.type === "default" || def.type === "prefault") && def.innerType ? def.innerType : schema;
  }
  return out as { [K in keyof Shape]: Unwrapped<Shape[K]> };
}
