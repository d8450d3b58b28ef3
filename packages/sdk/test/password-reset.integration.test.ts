import { listOutbox } from "@kfd/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, getPasswordReset, inviteStaff, isKfdError, requestPasswordReset, resetPassword, signIn } from "../src/index.js";
import { ADMIN_TOKEN, startApi, type ApiFixture } from "./api-fixture.js";

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi(() => new Date("2026-11-21T10:00:00Z"));
});
afterAll(() => api.cleanup());

describe("password reset through the SDK", () => {
  it("asks for a link, checks it, sets the new password once and signs in", async () => {
    const { acceptUrl } = await inviteStaff(api.options(ADMIN_TOKEN), { email: "vergesslich@example.org", role: "state-admin" });
    await createClient(api.options()).acceptInvitation(acceptUrl.split("#")[1]!, { password: "Tische am Marktplatz 2026" });

    const answer = await requestPasswordReset(api.options(), { email: "vergesslich@example.org" });
    expect(await requestPasswordReset(api.options(), { email: "niemand@example.org" })).toEqual(answer);
    const token = (await listOutbox(api.test.db)).find((m) => m.kind === "password-reset")?.payload.accountToken;
    if (!token) throw new Error("no reset e-mail queued");

    expect(await getPasswordReset(api.options(), token)).toMatchObject({ email: "vergesslich@example.org" });
    const session = await createClient(api.options()).resetPassword(token, { password: "Neue Bänke im Stadtpark 7" });
    expect(session).toMatchObject({ staff: { email: "vergesslich@example.org" }, role: "state-admin" });
    expect(await signIn(api.options(), { email: "vergesslich@example.org", password: "Neue Bänke im Stadtpark 7" })).toMatchObject({ role: "state-admin" });

    const again = await resetPassword(api.options(), token, { password: "Noch ein Passwort 2027" }).catch((e: unknown) => e);
    expect(isKfdError(again) && again.code).toBe("password_reset_used");
  });
});
