import { expect, it } from "vitest";
import { claimDueMessages, listOutbox, markAttemptFailed, markSent } from "../outbox/outbox.repository.js";
import { createStaff, verifyStaffCredentials } from "../staff/staff.repository.js";
import { hashPassword } from "../staff/password-hash.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { TEST_MUNICIPALITY } from "../testing/fixtures.js";
import { upsertMunicipalities } from "../municipality/municipality.repository.js";
import { acceptInvitation, createInvitation, findPendingInvitation, listInvitations, revokeInvitation } from "./invitation.repository.js";

const now = new Date("2026-11-21T10:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
const PASSWORD = "Tische am Marktplatz 2026";

describeEachDialect("invitations", (context) => {
  const db = () => context().db;
  const invite = (email: string) => createInvitation(db(), { email, name: "Eva", role: "municipality-editor", municipalityAgs: ["08416041"], invitedBy: "Land" }, now);

  it("creates an account once from a link whose secret is stored only as a hash", async () => {
    const { invitation, token } = await invite("Eva@Example.org");
    expect(invitation).toMatchObject({ email: "eva@example.org", state: "pending", expiresAt: days(7).toISOString() });
    expect(JSON.stringify(await db().kysely.selectFrom("invitations").selectAll().execute())).not.toContain(token);
    expect(await findPendingInvitation(db(), token, days(1))).toMatchObject({ email: "eva@example.org", role: "municipality-editor" });

    const passwordHash = await hashPassword(PASSWORD);
    const accepted = await acceptInvitation(db(), token, { name: "Eva Schmid", passwordHash }, days(1));
    expect(accepted).toMatchObject({ kind: "accepted", staff: { email: "eva@example.org", name: "Eva Schmid", role: "municipality-editor", municipalityAgs: ["08416041"] } });
    expect(await verifyStaffCredentials(db(), "eva@example.org", PASSWORD, days(1))).toBeDefined();
    expect(await acceptInvitation(db(), token, { passwordHash }, days(1))).toEqual({ kind: "used" });
    expect(await findPendingInvitation(db(), token, days(1))).toBeUndefined();
    expect((await listInvitations(db(), days(1))).find((i) => i.id === invitation.id)).toMatchObject({ state: "accepted" });
  });

  it("queues the e-mail to the invited person with the invitation, its secret gone once sent or given up", async () => {
    await upsertMunicipalities(db(), [TEST_MUNICIPALITY], now);
    const { token, invitation } = await invite("mail@example.org");
    const mailsTo = async () => (await listOutbox(db())).filter((m) => m.recipientEmail === "mail@example.org");
    expect(await mailsTo()).toEqual([
      expect.objectContaining({
        kind: "staff-invitation",
        locale: "de",
        eventId: null,
        recipientName: "Eva",
        status: "queued",
        payload: { accountToken: token, expiresAt: invitation.expiresAt, invitedBy: "Land", role: "municipality-editor", municipalityNames: ["Tübingen"] },
      }),
    ]);
    // An editor's view of the outbox (limited to municipalities) never holds staff e-mails.
    expect((await listOutbox(db(), { municipalityAgs: ["08416041"] })).some((m) => m.eventId === null)).toBe(false);

    const [claimed] = (await claimDueMessages(db(), now, { limit: 100, leaseMs: 60_000 })).filter((m) => m.recipientEmail === "mail@example.org");
    if (!claimed) throw new Error("expected the invitation e-mail to be due");
    expect(claimed.stale).toBe(false);
    expect(await markSent(db(), claimed, now)).toBe(true);
    expect((await mailsTo())[0]).toMatchObject({ status: "sent", payload: { invitedBy: "Land", expiresAt: invitation.expiresAt } });
    expect((await mailsTo())[0]?.payload.accountToken).toBeUndefined();

    const refused = await invite("refused@example.org");
    const [failing] = (await claimDueMessages(db(), now, { limit: 100, leaseMs: 60_000 })).filter((m) => m.recipientEmail === "refused@example.org");
    if (!failing) throw new Error("expected the second e-mail to be due");
    await markAttemptFailed(db(), failing, "550 no such mailbox", undefined);
    const [failed] = (await listOutbox(db())).filter((m) => m.recipientEmail === "refused@example.org");
    expect(failed).toMatchObject({ status: "failed", lastError: "550 no such mailbox" });
    expect(JSON.stringify(failed)).not.toContain(refused.token);
  });

  it("lets only one of two simultaneous accepts win", async () => {
    const { token } = await invite("race@example.org");
    const passwordHash = await hashPassword(PASSWORD);
    const outcomes = await Promise.all([acceptInvitation(db(), token, { passwordHash }, now), acceptInvitation(db(), token, { passwordHash }, now)]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(["accepted", "used"]);
    expect(await db().kysely.selectFrom("staff").select("id").where("email", "=", "race@example.org").execute()).toHaveLength(1);
  });

  it("refuses an expired, a revoked and an unknown link, and an address that has an account", async () => {
    const expired = await invite("late@example.org");
    expect(await acceptInvitation(db(), expired.token, { passwordHash: "x" }, days(7))).toEqual({ kind: "expired" });
    const revoked = await invite("withdrawn@example.org");
    expect(await revokeInvitation(db(), revoked.invitation.id, now)).toBe(true);
    expect(await revokeInvitation(db(), revoked.invitation.id, now)).toBe(false);
    expect(await acceptInvitation(db(), revoked.token, { passwordHash: "x" }, now)).toEqual({ kind: "revoked" });
    expect(await acceptInvitation(db(), "no-such-token", { passwordHash: "x" }, now)).toEqual({ kind: "unknown" });

    await createStaff(db(), { email: "taken@example.org", name: "", role: "state-admin", municipalityAgs: [], passwordHash: "x" }, now);
    const twice = await invite("taken@example.org");
    expect(await acceptInvitation(db(), twice.token, { passwordHash: "x" }, now)).toEqual({ kind: "email-taken" });
    // The failed accept changed nothing: the invitation is still pending.
    expect(await findPendingInvitation(db(), twice.token, now)).toBeDefined();
  });
});
