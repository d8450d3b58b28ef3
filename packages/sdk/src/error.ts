import type { FieldError, ProblemCode } from "@kfd/domain";

/** The API's problem codes plus the ones only a client can observe. */
export type KfdErrorCode = ProblemCode | "network_error" | "invalid_response" | "http_error";

/**
 * Every failure of an SDK call: an API answer with `application/problem+json` (RFC 9457),
 * an unexpected answer, or no answer at all (`network_error`, status 0).
 * Switch on `code`, which is stable; `title` and `detail` are for people.
 */
export class KfdError extends Error {
  override readonly name = "KfdError";
  readonly status: number;
  readonly code: KfdErrorCode | (string & {});
  readonly title: string;
  readonly detail: string | undefined;
  /** For `validation_failed`: which field is wrong and why, with dotted paths ("childcare.children"). */
  readonly fieldErrors: readonly FieldError[];
  readonly type: string | undefined;
  readonly instance: string | undefined;

  constructor(init: {
    status: number;
    code: KfdErrorCode | (string & {});
    title: string;
    detail?: string | undefined;
    fieldErrors?: readonly FieldError[] | undefined;
    type?: string | undefined;
    instance?: string | undefined;
    cause?: unknown;
  }) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.type = init.type;
    this.instance = init.instance;
  }

  /** The message for one field, e.g. `error.fieldError("email")`. */
  fieldError(path: string): string | undefined {
    return this.fieldErrors.find((e) => e.path === path)?.message;
  }
}

export function isKfdError(value: unknown): value is KfdError {
  return value instanceof KfdError;
}
