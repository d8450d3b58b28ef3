import { expect, it } from "vitest";
import { createStaff, verifyStaffCredentials } from "../staff/staff.repository.js";
import { hashPassword } from "../staff/password-hash.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
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
