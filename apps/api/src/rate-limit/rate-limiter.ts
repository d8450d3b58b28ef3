export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const WINDOW_MS = 60_000;

/**
 * Fixed one-minute windows per client, kept in this process's memory: with several processes
 * each enforces its own limit, so the effective limit is `limit × processes`. Good enough to
 * stop one client flooding a form; not an accounting of requests.
 */
export class RateLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly limitPerMinute: number,
    private readonly clock: () => number,
  ) {}

  take(client: string): RateDecision {
    if (this.limitPerMinute === 0) return { allowed: true };
    const now = this.clock();
    if (now - this.windowStart >= WINDOW_MS || now < this.windowStart) {
      this.windowStart = now;
      this.counts = new Map();
    }
    const used = (this.counts.get(client) ?? 0) + 1;
    this.counts.set(client, used);
    if (used <= this.limitPerMinute) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((this.windowStart + WINDOW_MS - now) / 1000)) };
  }
}
