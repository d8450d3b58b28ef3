import * as z from "zod/mini";

/**
 * Stable machine-readable codes of every problem the API reports. Clients (the SDK, the
 * widgets) switch on these, never on the human-readable title.
 */
export const PROBLEM_CODES = [
  "validation_failed",
  "invalid_json",
  "payload_too_large",
  "unsupported_media_type",
  "not_found",
  "unauthorized",
  "forbidden",
  "rate_limited",
  "duplicate_registration",
  "event_full",
  "registration_not_open",
  "registration_closed",
  "event_cancelled",
  "phase_transition_not_allowed",
  "conflict",
  "csrf_failed",
  "sign_in_failed",
  "sign_in_throttled",
  "invitation_expired",
  "invitation_used",
  "password_reset_expired",
  "password_reset_used",
  "email_taken",
  "not_an_idea",
  "internal_error",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const fieldErrorSchema = z.object({ path: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** RFC 9457 problem details, with kfd's stable `code` and, for invalid input, the field errors. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  code: z.string(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(fieldErrorSchema)),
});
export type Problem = z.infer<typeof problemSchema>;

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  keys?: readonly string[];
}

const dotted = (path: readonly PropertyKey[]) => path.map(String).join(".");

/**
 * Turns zod issues into `{ path, message }` with dotted paths ("childcare.children"); an
 * unknown key is reported under its own name, so a typo in a PATCH is never silently ignored.
 */
export function toFieldErrors(issues: readonly IssueLike[]): FieldError[] {
  return issues.flatMap((i) =>
    i.code === "unrecognized_keys" && i.keys
      ? i.keys.map((key) => ({ path: dotted([...i.path, key]), message: "is not a field of this request" }))
      : [{ path: dotted(i.path) || "(body)", message: i.message }],
  );
}
