import { expect, it } from "vitest";
import { EmailTakenError } from "../shared/errors.js";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { hashPassword, verifyPassword } from "./password-hash.js";
import { createStaff, findStaffByEmail, listStaff, updateStaff, verifyStaffCredentials } from "./staff.repository.js";

const now = new Date("2026-11-21T10:00:00Z");
const PASSWORD = "Tische am Marktplatz 2026";

it("hashes with a per-user salt and verifies only the right password", async () => {
  const [a, b] = await Promise.all([hashPassword(PASSWORD), hashPassword(PASSWORD)]);
  expect(a).toMatch(/^scrypt\$15\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
  expect(a).not.toBe(b);
  expect(await verifyPassword(PASSWORD, a)).toBe(true);
  expect(await verifyPassword(`${PASSWORD} `, a)).toBe(false);
  // The same password typed with a combining diaeresis is the same password.
  const umlaut = await hashPassword("Grüße aus Tübingen!");
  expect(await verifyPassword("Gru\u0308ße aus Tu\u0308bingen!", umlaut)).toBe(true);
});

describeEachDialect("staff accounts", (context) => {
  const db = () => context().db;

  it("stores the e-mail normalised and unique, and never the password", async () => {
    const staff = await createStaff(db(), { email: "  Anna.Weber@Tuebingen.DE ", name: "Anna Weber", role: "municipality-editor", municipalityAgs: ["08416041", "08416041"], passwordHash: await hashPassword(PASSWORD) }, now);
    expect(staff).toMatchObject({ email: "anna.weber@tuebingen.de", municipalityAgs: ["08416041"], disabled: false, lastSignInAt: null });
    await expect(createStaff(db(), { email: "anna.weber@tuebingen.de", name: "", role: "state-admin", municipalityAgs: [], passwordHash: "x" }, now)).rejects.toBeInstanceOf(EmailTakenError);
    expect(JSON.stringify(await db().kysely.selectFrom("staff").selectAll().execute())).not.toContain(PASSWORD);
    expect((await listStaff(db())).map((s) => s.email)).toContain("anna.weber@tuebingen.de");
  });

  it("signs in with the right password only, and not once the account is disabled", async () => {
    const staff = await createStaff(db(), { email: "ben@example.org", name: "Ben", role: "state-admin", municipalityAgs: [], passwordHash: await hashPassword(PASSWORD) }, now);
    expect(await verifyStaffCredentials(db(), "BEN@example.org", PASSWORD, now)).toMatchObject({ id: staff.id, lastSignInAt: now.toISOString() });
    expect(await verifyStaffCredentials(db(), "ben@example.org", "wrong password 123", now)).toBeUndefined();
    expect(await verifyStaffCredentials(db(), "nobody@example.org", PASSWORD, now)).toBeUndefined();
    await updateStaff(db(), staff.id, { disabled: true }, now);
    expect(await verifyStaffCredentials(db(), "ben@example.org", PASSWORD, now)).toBeUndefined();
  });

  it("takes about as long for an unknown address as for a wrong password", async () => {
    await createStaff(db(), { email: "clara@example.org", name: "Clara", role: "state-admin", municipalityAgs: [], passwordHash: await hashPassword(PASSWORD) }, now);
    await verifyStaffCredentials(db(), "warm-up@example.org", "x", now);
    const time = async (email: string) => {
      const started = performance.now();
      for (let i = 0; i < 3; i += 1) await verifyStaffCredentials(db(), email, "not the password", now);
      return performance.now() - started;
    };
    const known = await time("clara@example.org");
    const unknown = await time("nobody-here@example.org");
    expect(unknown / known).toBeGreaterThan(0.6);
    expect(unknown / known).toBeLessThan(1.6);
  });

  it("changes role and municipalities, and finds by any spelling of the address", async () => {
    const staff = await createStaff(db(), { email: "dora@example.org", name: "Dora", role: "municipality-editor", municipalityAgs: ["08416041"], passwordHash: "x" }, now);
    const changed = await updateStaff(db(), staff.id, { role: "state-admin", municipalityAgs: [] }, now);
    expect(changed).toMatchObject({ role: "state-admin", municipalityAgs: [] });
    expect(await findStaffByEmail(db(), " DORA@example.org")).toMatchObject({ id: staff.id });
    expect(await updateStaff(db(), "no-such-id", { name: "x" }, now)).toBeUndefined();
  });
});
