import { expect, it } from "vitest";
import { createStaff, updateStaff } from "../staff/staff.repository.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { createSession, deleteEndedSessions, deleteSession, findSession } from "./session.repository.js";

const lifetime = { absoluteMs: 8 * 3_600_000, idleMs: 3_600_000 };
const at = (iso: string) => new Date(iso);

describeEachDialect("staff sessions", (context) => {
  const db = () => context().db;
  const staffOf = (email: string) => createStaff(db(), { email, name: email, role: "municipality-editor", municipalityAgs: ["08416041"], passwordHash: "x" }, at("2026-11-21T08:00:00Z"));

  it("hands out a 256-bit id once, stores only its hash, and finds the session with its CSRF token", async () => {
    const staff = await staffOf("s1@example.org");
    const session = await createSession(db(), staff.id, lifetime, at("2026-11-21T09:00:00Z"));
    expect(Buffer.from(session.sessionId, "base64url")).toHaveLength(32);
    expect(session.csrfToken).not.toBe(session.sessionId);
    expect(JSON.stringify(await db().kysely.selectFrom("staff_sessions").selectAll().execute())).not.toContain(session.sessionId);
    const found = await findSession(db(), session.sessionId, lifetime, at("2026-11-21T09:30:00Z"));
    expect(found).toMatchObject({ staff: { id: staff.id }, csrfToken: session.csrfToken, expiresAt: "2026-11-21T17:00:00.000Z", idleExpiresAt: "2026-11-21T10:30:00.000Z" });
    expect(await findSession(db(), `${session.sessionId}x`, lifetime, at("2026-11-21T09:30:00Z"))).toBeUndefined();
  });

  it("ends a session left idle, and one past its absolute end however active", async () => {
    const staff = await staffOf("s2@example.org");
    const idle = await createSession(db(), staff.id, lifetime, at("2026-11-21T09:00:00Z"));
    expect(await findSession(db(), idle.sessionId, lifetime, at("2026-11-21T10:00:01Z"))).toBeUndefined();

    const busy = await createSession(db(), staff.id, lifetime, at("2026-11-21T09:00:00Z"));
    for (let minutes = 50; minutes < 8 * 60; minutes += 50) {
      expect(await findSession(db(), busy.sessionId, lifetime, new Date(Date.parse("2026-11-21T09:00:00Z") + minutes * 60_000))).toBeDefined();
    }
    expect(await findSession(db(), busy.sessionId, lifetime, at("2026-11-21T17:00:00Z"))).toBeUndefined();
    expect(await deleteEndedSessions(db(), lifetime, at("2026-11-21T17:00:00Z"), staff.id)).toBe(2);
  });

  it("ends every session of an account when it is disabled, and one session on sign-out", async () => {
    const staff = await staffOf("s3@example.org");
    const a = await createSession(db(), staff.id, lifetime, at("2026-11-21T09:00:00Z"));
    const b = await createSession(db(), staff.id, lifetime, at("2026-11-21T09:00:00Z"));
    expect(await deleteSession(db(), a.sessionId)).toBe(true);
    expect(await findSession(db(), a.sessionId, lifetime, at("2026-11-21T09:01:00Z"))).toBeUndefined();
    expect(await findSession(db(), b.sessionId, lifetime, at("2026-11-21T09:01:00Z"))).toBeDefined();
    await updateStaff(db(), staff.id, { disabled: true }, at("2026-11-21T09:02:00Z"));
    expect(await findSession(db(), b.sessionId, lifetime, at("2026-11-21T09:03:00Z"))).toBeUndefined();
  });
});
