/**
 * When to try again after `attempts` failed tries: doubling from `baseMs`, capped, so a mail
 * server that is down for a day is neither hammered nor given up on after an hour.
 */
export function nextAttemptDelay(attempts: number, options: { baseMs: number; capMs: number }): number {
  return Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, attempts - 1));
}
