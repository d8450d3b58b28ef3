/**
 * Failed sign-ins before the wait starts: per account (the e-mail as typed, known or not, so
 * a lockout never tells whether an account exists) and, more leniently, per client address,
 * because a whole town hall may share one.
 */
export const SIGN_IN_FREE_FAILURES = { account: 5, address: 20 } as const;

/** A failure older than this no longer counts: the count starts again. */
export const SIGN_IN_FAILURE_MEMORY_HOURS = 24;

const FIRST_WAIT_SECONDS = 30;
const MAX_WAIT_SECONDS = 15 * 60;

/** How long the next attempt must wait after `failures` failures in a row: 0, then 30 s doubling up to 15 min. */
export function signInWaitSeconds(failures: number, freeFailures: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (failures - freeFailures));
}
