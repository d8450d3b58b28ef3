import { expect, it } from "vitest";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { clearSignInFailures, recordSignInFailure, signInBlockedUntil } from "./sign-in-throttle.js";

const t0 = new Date("2026-11-21T10:00:00Z");
const after = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describeEachDialect("sign-in throttle", (context) => {
  const db = () => context().db;

  it("blocks a key after the free failures, doubling the wait, and forgets it when cleared", async () => {
    const key = "account:anna@example.org";
    for (let n = 1; n <= 4; n += 1) expect((await recordSignInFailure(db(), key, 5, t0)).blockedUntil).toBeUndefined();
    expect(await signInBlockedUntil(db(), [key, "address:1.2.3.4"], t0)).toBeUndefined();
    const fifth = await recordSignInFailure(db(), key, 5, t0);
    expect(fifth).toEqual({ failures: 5, blockedUntil: after(30) });
    expect(await signInBlockedUntil(db(), ["address:1.2.3.4", key], after(29))).toEqual(after(30));
    expect(await signInBlockedUntil(db(), [key], after(30))).toBeUndefined();
    expect((await recordSignInFailure(db(), key, 5, after(31))).blockedUntil).toEqual(after(31 + 60));
    await clearSignInFailures(db(), key);
    expect(await signInBlockedUntil(db(), [key], after(32))).toBeUndefined();
    expect((await recordSignInFailure(db(), key, 5, after(33))).failures).toBe(1);
  });

  it("counts failures that arrive at the same moment without losing any", async () => {
    const key = "address:10.0.0.7";
    await Promise.all(Array.from({ length: 12 }, () => recordSignInFailure(db(), key, 20, t0)));
    expect((await recordSignInFailure(db(), key, 20, t0)).failures).toBe(13);
  });

  it("starts counting again when the last failure is a day old", async () => {
    const key = "account:old@example.org";
    for (let n = 0; n < 6; n += 1) await recordSignInFailure(db(), key, 5, t0);
    expect((await recordSignInFailure(db(), key, 5, after(25 * 3600))).failures).toBe(1);
  });
});
