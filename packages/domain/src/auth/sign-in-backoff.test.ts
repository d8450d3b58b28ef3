import { describe, expect, it } from "vitest";
import { SIGN_IN_FREE_FAILURES, signInWaitSeconds } from "./sign-in-backoff.js";

describe("signInWaitSeconds", () => {
  it("lets the first failures pass, then doubles the wait up to a ceiling", () => {
    const free = SIGN_IN_FREE_FAILURES.account;
    const waits = Array.from({ length: free + 8 }, (_, n) => signInWaitSeconds(n, free));
    expect(waits.slice(0, free).every((w) => w === 0)).toBe(true);
    expect(waits.slice(free, free + 4)).toEqual([30, 60, 120, 240]);
    expect(Math.max(...waits)).toBe(15 * 60);
    for (let n = free + 1; n < waits.length; n += 1) expect(waits[n]).toBeGreaterThanOrEqual(waits[n - 1]!);
  });
});
