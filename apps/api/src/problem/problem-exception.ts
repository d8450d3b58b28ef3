import type { FieldError, ProblemCode } from "@kfd/domain";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export interface ProblemInit {
  status: ContentfulStatusCode;
  code: ProblemCode;
  title: string;
  detail?: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
}

/** Thrown anywhere in a handler; the one error handler turns it into application/problem+json. */
export class ProblemException extends HTTPException {
  readonly problem: ProblemInit;

  constructor(problem: ProblemInit) {
    super(problem.status, { message: problem.detail ?? problem.title });
    this.problem = problem;
  }
}

export const notFound = (what: string, detail?: string) =>
  new ProblemException({ status: 404, code: "not_found", title: `${what} not found`, detail: detail ?? `No ${what.toLowerCase()} with this id or slug exists.` });

export const invalidInput = (errors: FieldError[], detail = "The request does not satisfy the schema; see errors.") =>
  new ProblemException({ status: 400, code: "validation_failed", title: "Invalid input", detail, errors });

export const conflict = (code: ProblemCode, title: string, detail: string) => new ProblemException({ status: 409, code, title, detail });
