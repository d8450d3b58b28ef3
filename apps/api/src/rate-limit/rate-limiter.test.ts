import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limiter.js";

describe("RateLimiter", () => {
  it("allows the limit per client and minute, then says when to retry", () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(2, () => now);
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("a").allowed).toBe(true);
    now += 15_000;
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.take("b").allowed).toBe(true);
    now += 45_000;
    expect(limiter.take("a").allowed).toBe(true);
  });
  it("is off at 0", () => {
    const limiter = new RateLimiter(0, () => 0);
    for (let i = 0; i < 1000; i += 1) expect(limiter.take("a").allowed).toBe(true);
  });
});
