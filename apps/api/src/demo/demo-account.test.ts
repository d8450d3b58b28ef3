import { verifyStaffCredentials } from "@kfd/db";
import { createTestDatabase, type TestDatabase } from "@kfd/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSignInLine, ensureDemoAccount } from "./demo-account.js";
import { loadDemoData } from "./index.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase("sqlite");
});
afterAll(() => database.cleanup());

describe("demo account", () => {
  it("creates an editor of the trial dialogue's municipality once, with a printed random password that signs in", async () => {
    const now = new Date("2026-11-21T10:00:00Z");
    await loadDemoData(database.db, now);
    const first = await ensureDemoAccount(database.db, undefined, now);
    expect(first.password).toMatch(/^[\w-]{16}$/);
    const staff = await verifyStaffCredentials(database.db, first.email, first.password!, now);
    expect(staff).toMatchObject({ role: "municipality-editor", municipalityAgs: [first.municipalityAgs] });
    expect(demoSignInLine(first, "http://localhost:3000")).toBe(`kfd: Demo-Anmeldung: http://localhost:3000/admin/ — E-Mail demo@example.org / Passwort ${first.password}`);

    const again = await ensureDemoAccount(database.db, "ein ganz anderes Passwort", now);
    expect(again.password).toBeUndefined();
    expect(await verifyStaffCredentials(database.db, first.email, first.password!, now)).toBeDefined();
    expect(demoSignInLine(again, "http://localhost:3000")).toContain("KFD_DEMO_PASSWORD");
  });
});
