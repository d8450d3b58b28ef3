import { expect, it } from "vitest";
import { listOutbox } from "../outbox/outbox.repository.js";
import { createSession, findSession } from "../session/session.repository.js";
import { hashPassword } from "../staff/password-hash.js";
import { createStaff, updateStaff, verifyStaffCredentials } from "../staff/staff.repository.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { findPasswordReset, requestPasswordReset, resetPassword } from "./password-reset.repository.js";

const now = new Date("2026-11-21T10:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const lifetime = { absoluteMs: 8 * 3_600_000, idleMs: 3_600_000 };
const OLD = "Tische am Marktplatz 2026";
const NEW = "Neue Bänke im Stadtpark 7";

describeEachDialect("password resets", (context) => {
  const db = () => context().db;
  const account = async (email: string) =>
    createStaff(db(), { email, name: "Eva Schmid", role: "municipality-editor", municipalityAgs: ["08416041"], passwordHash: await hashPassword(OLD) }, now);
  const mailsTo = async (email: string) => (await listOutbox(db())).filter((m) => m.recipientEmail === email);

  it("queues one German e-mail with the link's secret, which is stored only as a hash", async () => {
    await account("eva@example.org");
    const request = await requestPasswordReset(db(), " Eva@Example.org", now);
    expect(request).toEqual({ token: expect.stringMatching(/^[\w-]{43}$/), expiresAt: minutes(60).toISOString() });
    expect(JSON.stringify(await db().kysely.selectFrom("password_resets").selectAll().execute())).not.toContain(request!.token);
    expect(await mailsTo("eva@example.org")).toEqual([
      expect.objectContaining({ kind: "password-reset", locale: "de", eventId: null, registrationId: null, recipientName: "Eva Schmid", status: "queued", payload: { accountToken: request!.token, expiresAt: request!.expiresAt } }),
    ]);
    expect(await findPasswordReset(db(), request!.token, minutes(59))).toEqual({ email: "eva@example.org", expiresAt: request!.expiresAt });
    expect(await findPasswordReset(db(), request!.token, minutes(60))).toBeUndefined();
  });

  it("creates nothing for an unknown or a disabled address", async () => {
    const staff = await account("gone@example.org");
    await updateStaff(db(), staff.id, { disabled: true }, now);
    expect(await requestPasswordReset(db(), "gone@example.org", now)).toBeUndefined();
    expect(await requestPasswordReset(db(), "nobody@example.org", now)).toBeUndefined();
    expect(await mailsTo("gone@example.org")).toEqual([]);
    expect(await mailsTo("nobody@example.org")).toEqual([]);
  });

  it("sets the password once, ends every session, and voids earlier links", async () => {
    const staff = await account("once@example.org");
    const first = await requestPasswordReset(db(), "once@example.org", now);
    const second = await requestPasswordReset(db(), "once@example.org", minutes(1));
    expect(await findPasswordReset(db(), first!.token, minutes(2))).toBeUndefined();
    const session = await createSession(db(), staff.id, lifetime, minutes(2));

    const outcome = await resetPassword(db(), second!.token, await hashPassword(NEW), minutes(3));
    expect(outcome).toMatchObject({ kind: "reset", staff: { id: staff.id, email: "once@example.org" } });
    expect(await findSession(db(), session.sessionId, lifetime, minutes(3))).toBeUndefined();
    expect(await verifyStaffCredentials(db(), "once@example.org", NEW, minutes(3))).toBeDefined();
    expect(await verifyStaffCredentials(db(), "once@example.org", OLD, minutes(3))).toBeUndefined();

    expect(await resetPassword(db(), second!.token, "x", minutes(4))).toEqual({ kind: "used" });
    expect(await resetPassword(db(), first!.token, "x", minutes(4))).toEqual({ kind: "unknown" });
    expect(await resetPassword(db(), "no-such-token", "x", minutes(4))).toEqual({ kind: "unknown" });
  });

  it("refuses an expired link and the link of an account disabled since, changing nothing", async () => {
    const staff = await account("late@example.org");
    const late = await requestPasswordReset(db(), "late@example.org", now);
    expect(await resetPassword(db(), late!.token, "x", minutes(60))).toEqual({ kind: "expired" });
    const disabled = await requestPasswordReset(db(), "late@example.org", minutes(61));
    await updateStaff(db(), staff.id, { disabled: true }, minutes(62));
    expect(await findPasswordReset(db(), disabled!.token, minutes(63))).toBeUndefined();
    expect(await resetPassword(db(), disabled!.token, "x", minutes(63))).toEqual({ kind: "unknown" });
    await updateStaff(db(), staff.id, { disabled: false }, minutes(64));
    expect(await verifyStaffCredentials(db(), "late@example.org", OLD, minutes(64))).toBeDefined();
  });

  it("lets only one of two simultaneous resets with one link win", async () => {
    await account("race@example.org");
    const request = await requestPasswordReset(db(), "race@example.org", now);
    const hash = await hashPassword(NEW);
    const outcomes = await Promise.all([resetPassword(db(), request!.token, hash, minutes(1)), resetPassword(db(), request!.token, hash, minutes(1))]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(["reset", "used"]);
  });
});
