import {
  clearSignInFailures,
  findPasswordReset,
  hashPassword,
  normaliseEmail,
  recordSignInFailure,
  requestPasswordReset,
  resetPassword,
  signInBlockedUntil,
  writeAudit,
} from "@kfd/db";
import {
  PASSWORD_RESET_FREE_REQUESTS,
  PASSWORD_RESET_VALID_MINUTES,
  passwordProblems,
  passwordResetPreviewSchema,
  passwordResetRequestedSchema,
  requestPasswordResetSchema,
  resetPasswordSchema,
  sessionInfoSchema,
  type PasswordResetRequested,
} from "@kfd/domain";
import { actorOf } from "../audit/audit-trail.js";
import { principalOfStaff } from "../auth/request-authenticator.js";
import { clientIp } from "../http/client-ip.js";
import { conflict, invalidInput, notFound, ProblemException } from "../problem/problem-exception.js";
import type { AppServices } from "../services.js";
import { throttled } from "../session/throttled.js";
import { signIn } from "../session/session.routes.js";
import { SECRET_LINK_TOKEN } from "../staff/staff-links.js";

/** The same words whether or not the address has an account: nobody learns which addresses do. */
const REQUESTED: PasswordResetRequested = {
  message: `Wenn zu dieser E-Mail-Adresse ein Zugang besteht, ist eine E-Mail mit einem Link zum Zurücksetzen unterwegs. Der Link ist ${PASSWORD_RESET_VALID_MINUTES} Minuten gültig.`,
};

const unknownLink = () => notFound("Password reset", "No open password reset belongs to this link.");

const TOO_MANY_RESETS = {
  code: "rate_limited",
  title: "Too many password resets",
  detail: (seconds: number) => `Zu viele Anfragen. Bitte in ${seconds} Sekunden erneut versuchen.`,
} as const;

export function registerPasswordResetRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "post",
      path: "/v1/password-reset",
      operationId: "requestPasswordReset",
      tag: "Session",
      summary: "Ask for a password-reset link by e-mail (staff console)",
      description: [
        `Always 202 with the same body, whether or not the address has an account. For an active account a one-time link, valid for ${PASSWORD_RESET_VALID_MINUTES} minutes, is e-mailed (earlier open links of the account stop working); it leads to the console's page /admin/passwort-neu.`,
        `Counted like failed sign-ins and shared by all server processes: after ${PASSWORD_RESET_FREE_REQUESTS.account} requests for one address (or ${PASSWORD_RESET_FREE_REQUESTS.address} from one client) further ones wait 30 s, doubling up to 15 min: 429 rate_limited with Retry-After.`,
      ].join("\n\n"),
      access: "public",
      body: requestPasswordResetSchema,
      responses: { 202: { description: "Requested (or not: the answer does not tell).", schema: passwordResetRequestedSchema } },
      problems: [429],
    },
    async (c, { body }) => {
      const now = s.now();
      // The throttle of failed sign-ins, under keys of their own: a reset request is no failed sign-in.
      const accountKey = `password-reset:account:${normaliseEmail(body.email)}`;
      const addressKey = `password-reset:address:${clientIp(c, s.config.trustProxy)}`;
      const blockedUntil = await signInBlockedUntil(s.db, [accountKey, addressKey], now);
      if (blockedUntil) throw throttled(TOO_MANY_RESETS, blockedUntil, now);
      await recordSignInFailure(s.db, accountKey, PASSWORD_RESET_FREE_REQUESTS.account, now);
      await recordSignInFailure(s.db, addressKey, PASSWORD_RESET_FREE_REQUESTS.address, now);
      await requestPasswordReset(s.db, body.email, now);
      c.header("Cache-Control", "no-store");
      return c.json(REQUESTED, 202);
    },
  );

  s.routes.add(
    {
      method: "get",
      path: "/v1/password-reset/{token}",
      operationId: "getPasswordReset",
      tag: "Session",
      summary: "Whether a password-reset link still works, before the new password is chosen",
      access: "public",
      params: { token: "The secret from the link in the e-mail." },
      responses: { 200: { description: "The account's address and when the link expires.", schema: passwordResetPreviewSchema } },
      problems: [404],
    },
    async (c, { param }) => {
      const token = param("token");
      const preview = SECRET_LINK_TOKEN.test(token) ? await findPasswordReset(s.db, token, s.now()) : undefined;
      if (!preview) throw unknownLink();
      c.header("Cache-Control", "no-store");
      return c.json(preview);
    },
  );

  s.routes.add(
    {
      method: "post",
      path: "/v1/password-reset/{token}",
      operationId: "resetPassword",
      tag: "Session",
      summary: "Choose a new password with a reset link, and be signed in",
      description: [
        "Sets the new password once (the link is single-use), ends every session of the account, lifts a sign-in lockout and signs in like POST /v1/session. Written to the audit log.",
        "The password needs at least 12 characters, must not be a common one nor contain the e-mail address. 404 for an unknown link, 410 password_reset_expired for an expired one, 409 password_reset_used for one used already.",
      ].join("\n\n"),
      access: "public",
      params: { token: "The secret from the link in the e-mail." },
      body: resetPasswordSchema,
      responses: { 200: { description: "The account, signed in.", schema: sessionInfoSchema } },
      problems: [404, 409, 410],
    },
    async (c, { body, param }) => {
      const token = param("token");
      if (!SECRET_LINK_TOKEN.test(token)) throw unknownLink();
      const open = await findPasswordReset(s.db, token, s.now());
      if (open) {
        const problems = passwordProblems(body.password, { email: open.email });
        if (problems.length > 0) throw invalidInput(problems.map((message) => ({ path: "password", message })));
      }
      const outcome = await resetPassword(s.db, token, await hashPassword(body.password), s.now());
      switch (outcome.kind) {
        case "unknown":
          throw unknownLink();
        case "expired":
          throw new ProblemException({ status: 410, code: "password_reset_expired", title: "Password reset expired", detail: "This password-reset link has expired; ask for a new one." });
        case "used":
          throw conflict("password_reset_used", "Password reset used", "This password-reset link has been used already; sign in, or ask for a new one.");
        case "reset": {
          // A lockout from guessing at the old password must not keep the rightful owner out.
          await clearSignInFailures(s.db, `account:${outcome.staff.email}`);
          await writeAudit(s.db, { actor: actorOf(principalOfStaff(outcome.staff)), action: "password-reset", detail: "all sessions ended" }, s.now());
          return signIn(s, c, outcome.staff.id);
        }
      }
    },
  );
}
