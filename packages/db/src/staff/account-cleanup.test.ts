import { expect, it } from "vitest";
import { acceptInvitation, createInvitation, listInvitations, revokeInvitation } from "../invitation/invitation.repository.js";
import { listOutbox } from "../outbox/outbox.repository.js";
import { requestPasswordReset, resetPassword } from "../password-reset/password-reset.repository.js";
import { createSession, findSession } from "../session/session.repository.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { cleanUpAccounts } from "./account-cleanup.js";
import { createStaff } from "./staff.repository.js";

const now = new Date("2026-11-21T10:00:00Z");
const DAY = 86_400_000;
const after = (ms: number) => new Date(now.getTime() + ms);
const lifetime = { absoluteMs: 8 * 3_600_000, idleMs: 3_600_000 };

describeEachDialect("account cleanup", (context) => {
  const db = () => context().db;

  it("deletes sessions past their idle or absolute end, and only those", async () => {
    const staffOf = (email: string) => createStaff(db(), { email, name: email, role: "state-admin", municipalityAgs: [], passwordHash: "x" }, now);
    const idle = await createSession(db(), (await staffOf("idle@example.org")).id, lifetime, now);
    const busy = await createSession(db(), (await staffOf("busy@example.org")).id, lifetime, now);
    const fresh = await createSession(db(), (await staffOf("fresh@example.org")).id, lifetime, after(7.5 * 3_600_000));
    // `busy` is used every 50 minutes until past its absolute end; `idle` never again.
    for (let m = 50; m < 8 * 60; m += 50) await findSession(db(), busy.sessionId, lifetime, after(m * 60_000));
    expect(await db().kysely.selectFrom("staff_sessions").select("staff_id").execute()).toHaveLength(3);
    const run = await cleanUpAccounts(db(), lifetime, after(8 * 3_600_000));
    expect(run.sessions).toBe(2);
    expect(await db().kysely.selectFrom("staff_sessions").select("staff_id").execute()).toHaveLength(1);
    expect(await findSession(db(), fresh.sessionId, lifetime, after(8 * 3_600_000))).toBeDefined();
    expect(await findSession(db(), idle.sessionId, lifetime, now)).toBeUndefined();
  });

  it("keeps spent invitations and reset links for 30 days, then deletes them; open ones stay", async () => {
    const invite = (email: string) => createInvitation(db(), { email, name: "", role: "state-admin", municipalityAgs: [], invitedBy: "Land" }, now);
    const accepted = await invite("accepted@example.org");
    await acceptInvitation(db(), accepted.token, { passwordHash: "x" }, after(1000));
    const revoked = await invite("revoked@example.org");
    await revokeInvitation(db(), revoked.invitation.id, after(1000));
    const expired = await invite("expired@example.org");
    await requestPasswordReset(db(), "accepted@example.org", after(2000));
    const used = await requestPasswordReset(db(), "accepted@example.org", after(3000));
    await resetPassword(db(), used!.token, "y", after(4000));

    const early = await cleanUpAccounts(db(), lifetime, after(36 * DAY));
    expect(early).toMatchObject({ invitations: 2, passwordResets: 1 });
    const left = await listInvitations(db(), after(36 * DAY));
    expect(left.map((i) => i.id)).toEqual([expired.invitation.id]);

    const later = await cleanUpAccounts(db(), lifetime, after(37 * DAY + 1000));
    expect(later).toMatchObject({ invitations: 1, passwordResets: 0 });
    expect(await db().kysely.selectFrom("password_resets").select("id").execute()).toEqual([]);

    const open = await invite("open@example.org");
    await cleanUpAccounts(db(), lifetime, after(6 * DAY));
    expect((await listInvitations(db(), after(6 * DAY))).map((i) => i.id)).toContain(open.invitation.id);
  });

  it("expires staff e-mails never sent once their link has expired, dropping the secret", async () => {
    // Later than the tests above, whose e-mails are expired by the first run here.
    const invitedAt = after(100 * DAY);
    const { token } = await createInvitation(db(), { email: "unsent@example.org", name: "", role: "state-admin", municipalityAgs: [], invitedBy: "Land" }, invitedAt);
    const mail = async () => (await listOutbox(db())).find((m) => m.recipientEmail === "unsent@example.org");
    await cleanUpAccounts(db(), lifetime, new Date(invitedAt.getTime() + 7 * DAY - 1000));
    expect(await mail()).toMatchObject({ status: "queued", payload: { accountToken: token } });
    expect((await cleanUpAccounts(db(), lifetime, new Date(invitedAt.getTime() + 7 * DAY))).staffMails).toBe(1);
    expect(await mail()).toMatchObject({ status: "expired", payload: {} });
  });
});
