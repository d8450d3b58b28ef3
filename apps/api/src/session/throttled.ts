import { ProblemException } from "../problem/problem-exception.js";

interface ThrottledProblem {
  code: "sign_in_throttled" | "rate_limited";
  title: string;
  /** The German line shown to the person, told how long to wait. */
  detail: (seconds: number) => string;
}

/** 429 with Retry-After for the shared sign-in throttle, which guards sign-in and password-reset requests alike. */
export function throttled(problem: ThrottledProblem, until: Date, now: Date): ProblemException {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new ProblemException({
    status: 429,
    code: problem.code,
    title: problem.title,
    detail: problem.detail(seconds),
    headers: { "Retry-After": String(seconds) },
  });
}
