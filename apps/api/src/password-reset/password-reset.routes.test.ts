import { createStaff, hashPassword, listAuditLog, listOutbox } from "@kfd/db";
import { postgresAvailable, postgresRequired } from "@kfd/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, expectStatus, TEST_NOW, TUEBINGEN, type TestApi } from "../testing/test-api.js";
import { signedInStaff, STAFF_PASSWORD } from "../testing/staff-session.js";

const skipPostgres = (await postgresAvailable()) !== true && !postgresRequired();
const NEW_PASSWORD = "Neue Bänke im Stadtpark 7";

for (const dialect of ["sqlite", "postgres"] as const) {
  describe.skipIf(dialect === "postgres" && skipPostgres)(`password reset [${dialect}]`, () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await createTestApi({ dialect });
    });
    afterAll(() => api.close());

    /** Each test asks from its own client address, so that the per-address count of one test does not block another. */
    let client = 0;
    const ask = (email: unknown, ip = `198.51.100.${++client}`) =>
      api.anotherProcess({ KFD_TRUST_PROXY: "1" }).request("/v1/password-reset", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": ip },
        body: JSON.stringify({ email }),
      });
    const signIn = (email: string, password: string) => api.request("/v1/session", { method: "POST", token: null, json: { email, password } });
    const reset = (token: string, password: string) => api.request(`/v1/password-reset/${token}`, { method: "POST", token: null, json: { password } });
    /** The link's secret, read where only the mail server would otherwise get it: the outbox row. */
    const tokenMailedTo = async (email: string) => {
      const mail = (await listOutbox(api.db)).find((m) => m.kind === "password-reset" && m.recipientEmail === email);
      if (!mail?.payload.accountToken) throw new Error(`no reset e-mail to ${email}`);
      return mail.payload.accountToken;
    };
    const account = async (email: string, options: { disabled?: boolean } = {}) => {
      const staff = await createStaff(api.db, { email, name: "Eva Schmid", role: "municipality-editor", municipalityAgs: [TUEBINGEN.ags], passwordHash: await hashPassword(STAFF_PASSWORD) }, api.clock.now);
      if (options.disabled) await expectStatus(api.request(`/v1/staff/${staff.id}`, { method: "PATCH", json: { disabled: true } }), 200);
      return staff;
    };

    it("answers a known, an unknown and a disabled address alike, and e-mails a link only to the active account", async () => {
      await account("known@example.org");
      await account("disabled@example.org", { disabled: true });
      const answers = await Promise.all(
        ["known@example.org", "nobody@example.org", "disabled@example.org"].map(async (email) => {
          const res = await ask(email);
          return { status: res.status, body: await res.text(), cache: res.headers.get("cache-control"), cookie: res.headers.get("set-cookie") };
        }),
      );
      expect(answers[0]).toMatchObject({ status: 202, cache: "no-store", cookie: null });
      expect(JSON.parse(answers[0]!.body).message).toMatch(/Wenn zu dieser E-Mail-Adresse ein Zugang besteht/);
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);

      const mails = (await listOutbox(api.db)).filter((m) => m.kind === "password-reset");
      expect(mails.map((m) => m.recipientEmail)).toEqual(["known@example.org"]);
      const token = await tokenMailedTo("known@example.org");
      expect(token).toMatch(/^[\w-]{43}$/);
      expect(await expectStatus(api.request(`/v1/password-reset/${token}`, { token: null }), 200)).toEqual({
        email: "known@example.org",
        expiresAt: new Date(TEST_NOW.getTime() + 3600_000).toISOString(),
      });
      await expectStatus(api.request(`/v1/password-reset/${"A".repeat(43)}`, { token: null }), 404);
      await expectStatus(api.request("/v1/password-reset/not-a-token", { token: null }), 404);
    });

    it("sets the new password once, ends every old session, signs in and writes the audit log", async () => {
      const editor = await signedInStaff(api, "municipality-editor", [TUEBINGEN.ags]);
      await expectStatus(editor.request("/v1/session"), 200);
      await expectStatus(ask(editor.email), 202);
      const token = await tokenMailedTo(editor.email);

      const res = await reset(token, NEW_PASSWORD);
      const info = await expectStatus(res, 200);
      expect(info).toMatchObject({ staff: { id: editor.staffId, email: editor.email }, role: "municipality-editor", csrfToken: expect.stringMatching(/^[\w-]{43}$/) });
      const cookie = /kfd_session=[^;]+/.exec(res.headers.get("set-cookie") ?? "")![0];
      await expectStatus(api.request("/v1/session", { token: null, headers: { cookie } }), 200);
      await expectStatus(editor.request("/v1/session"), 401);

      expect((await expectStatus(signIn(editor.email, STAFF_PASSWORD), 401)).code).toBe("sign_in_failed");
      await expectStatus(signIn(editor.email, NEW_PASSWORD), 200);
      expect((await expectStatus(reset(token, "Noch ein anderes Passwort 8"), 409)).code).toBe("password_reset_used");
      await expectStatus(api.request(`/v1/password-reset/${token}`, { token: null }), 404);
      await expectStatus(signIn(editor.email, NEW_PASSWORD), 200);

      const audit = await listAuditLog(api.db, { action: "password-reset" });
      expect(audit).toEqual([expect.objectContaining({ actorTokenId: `staff:${editor.staffId}`, action: "password-reset" })]);
      expect(JSON.stringify(audit)).not.toContain(token);
    });

    it("voids the earlier link when a new one is asked for, and expires a link after an hour", async () => {
      await account("twice@example.org");
      await expectStatus(ask("twice@example.org"), 202);
      const first = await tokenMailedTo("twice@example.org");
      api.clock.now = new Date(TEST_NOW.getTime() + 60_000);
      try {
        await expectStatus(ask("twice@example.org"), 202);
        const second = (await listOutbox(api.db)).find((m) => m.recipientEmail === "twice@example.org" && m.payload.accountToken !== first)?.payload.accountToken;
        if (!second) throw new Error("no second reset e-mail");
        await expectStatus(reset(first, NEW_PASSWORD), 404);

        api.clock.now = new Date(TEST_NOW.getTime() + 60_000 + 3600_000 - 1000);
        await expectStatus(api.request(`/v1/password-reset/${second}`, { token: null }), 200);
        api.clock.now = new Date(TEST_NOW.getTime() + 60_000 + 3600_000);
        await expectStatus(api.request(`/v1/password-reset/${second}`, { token: null }), 404);
        expect((await expectStatus(reset(second, NEW_PASSWORD), 410)).code).toBe("password_reset_expired");
        await expectStatus(signIn("twice@example.org", STAFF_PASSWORD), 200);
      } finally {
        api.clock.now = TEST_NOW;
      }
    });

    it("holds the new password to the policy, naming the field and changing nothing", async () => {
      await account("anna.policy@example.org");
      await expectStatus(ask("anna.policy@example.org"), 202);
      const token = await tokenMailedTo("anna.policy@example.org");
      for (const password of ["kurz", "passwortpasswort", "anna.policy-2026!", 12]) {
        const problem = await expectStatus(reset(token, password as string), 400);
        expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(["password"]);
      }
      await expectStatus(api.request(`/v1/password-reset/${token}`, { token: null }), 200);
      await expectStatus(signIn("anna.policy@example.org", STAFF_PASSWORD), 200);
      const missing = await expectStatus(ask(""), 400);
      expect(missing.errors[0].path).toBe("email");
    });

    it("lets the owner back in after a sign-in lockout", async () => {
      await account("locked-out@example.org");
      for (let n = 0; n < 5; n += 1) await expectStatus(signIn("locked-out@example.org", "wrong password 123"), 401);
      expect((await expectStatus(signIn("locked-out@example.org", STAFF_PASSWORD), 429)).code).toBe("sign_in_throttled");
      await expectStatus(ask("locked-out@example.org"), 202);
      await expectStatus(reset(await tokenMailedTo("locked-out@example.org"), NEW_PASSWORD), 200);
      await expectStatus(signIn("locked-out@example.org", NEW_PASSWORD), 200);
    });

    it("makes repeated requests for one address wait, whether or not it has an account, in every process", async () => {
      await account("flooded@example.org");
      for (const email of ["flooded@example.org", "ghost-flooded@example.org"]) {
        for (let n = 0; n < 3; n += 1) await expectStatus(ask(email), 202);
        const res = await ask(email);
        expect((await expectStatus(res, 429)).code).toBe("rate_limited");
        expect(res.headers.get("retry-after")).toBe("30");
      }
      // Only the first three reached the mailbox.
      expect((await listOutbox(api.db)).filter((m) => m.recipientEmail === "flooded@example.org")).toHaveLength(3);

      for (let n = 0; n < 20; n += 1) await expectStatus(ask(`many${n}@example.org`, "203.0.113.50"), 202);
      await expectStatus(ask("many-more@example.org", "203.0.113.50"), 429);
    });
  });
}
