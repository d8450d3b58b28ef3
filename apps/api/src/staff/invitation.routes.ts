import { acceptInvitation, createInvitation, findPendingInvitation, findStaffByEmail, hashPassword, listInvitations, revokeInvitation } from "@kfd/db";
import {
  acceptInvitationSchema,
  createdInvitationSchema,
  createInvitationSchema,
  invitationPreviewSchema,
  passwordProblems,
  sessionInfoSchema,
} from "@kfd/domain";
import { invitationListSchema } from "../openapi/schema-catalogue.js";
import { assertStateAdmin } from "../auth/access.js";
import { principalOf } from "../auth/principal-of.js";
import { conflict, invalidInput, notFound, ProblemException } from "../problem/problem-exception.js";
import type { AppServices } from "../services.js";
import { signIn } from "../session/session.routes.js";
import { assertValidAssignment } from "./municipality-check.js";
import { invitationUrl, SECRET_LINK_TOKEN } from "./staff-links.js";

const unknownInvitation = () => notFound("Invitation", "No open invitation belongs to this link.");

export function registerInvitationRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "post",
      path: "/v1/invitations",
      operationId: "inviteStaff",
      tag: "Staff",
      summary: "Invite a person to the console (state-admin only)",
      description:
        "Answers a one-time link (the secret is stored only as a hash) that is valid for 7 days, and queues an e-mail with the same link to the invited address (German: who invited, role, municipalities, expiry), in one transaction. The link is in this answer too, to hand over yourself where e-mail is slow or not configured; the outbox (GET /v1/outbox) shows the e-mail with the link blanked out. A municipality-editor needs at least one municipality.",
      access: "admin",
      body: createInvitationSchema,
      responses: { 201: { description: "The invitation and its link, shown once; the e-mail is queued.", schema: createdInvitationSchema } },
      problems: [403, 409],
    },
    async (c, { body }) => {
      const principal = principalOf(c);
      assertStateAdmin(principal);
      await assertValidAssignment(s, body.role, body.municipalityAgs);
      if (await findStaffByEmail(s.db, body.email)) throw conflict("email_taken", "Account exists", "A staff account with this e-mail address exists already.");
      const { invitation, token } = await createInvitation(s.db, { ...body, invitedBy: principal.label }, s.now());
      c.header("Cache-Control", "no-store");
      return c.json({ invitation, token, acceptUrl: invitationUrl(s.config.publicUrl, token) }, 201);
    },
  );

  s.routes.add(
    {
      method: "get",
      path: "/v1/invitations",
      operationId: "listInvitations",
      tag: "Staff",
      summary: "Invitations, pending and past (state-admin only)",
      access: "admin",
      responses: { 200: { description: "Newest first, without their secrets.", schema: invitationListSchema } },
      problems: [403],
    },
    async (c) => {
      assertStateAdmin(principalOf(c));
      return c.json(await listInvitations(s.db, s.now()));
    },
  );

  s.routes.add(
    {
      method: "delete",
      path: "/v1/invitations/{id}",
      operationId: "revokeInvitation",
      tag: "Staff",
      summary: "Withdraw a pending invitation (state-admin only)",
      access: "admin",
      params: { id: "The invitation's id (not its secret)." },
      responses: { 204: { description: "Withdrawn: the link no longer works." } },
      problems: [403, 404],
    },
    async (c, { param }) => {
      assertStateAdmin(principalOf(c));
      if (!(await revokeInvitation(s.db, param("id"), s.now()))) throw notFound("Invitation", "No pending invitation with this id exists.");
      return c.body(null, 204);
    },
  );

  s.routes.add(
    {
      method: "get",
      path: "/v1/invitations/{token}",
      operationId: "getInvitation",
      tag: "Staff",
      summary: "What an invitation link offers, before the password is chosen",
      access: "public",
      params: { token: "The secret from the invitation link." },
      responses: { 200: { description: "The invited address and role.", schema: invitationPreviewSchema } },
      problems: [404],
    },
    async (c, { param }) => {
      const token = param("token");
      const preview = SECRET_LINK_TOKEN.test(token) ? await findPendingInvitation(s.db, token, s.now()) : undefined;
      if (!preview) throw unknownInvitation();
      c.header("Cache-Control", "no-store");
      return c.json(preview);
    },
  );

  s.routes.add(
    {
      method: "post",
      path: "/v1/invitations/{token}/accept",
      operationId: "acceptInvitation",
      tag: "Staff",
      summary: "Accept an invitation: choose a password, and be signed in",
      description:
        "Creates the account once (the link is single-use) and signs it in like POST /v1/session. The password needs at least 12 characters, must not be a common one nor contain the e-mail address. 410 invitation_expired for an expired or withdrawn link, 409 invitation_used for one used already.",
      access: "public",
      params: { token: "The secret from the invitation link." },
      body: acceptInvitationSchema,
      responses: { 200: { description: "The new account, signed in.", schema: sessionInfoSchema } },
      problems: [404, 409, 410],
    },
    async (c, { body, param }) => {
      const token = param("token");
      if (!SECRET_LINK_TOKEN.test(token)) throw unknownInvitation();
      const pending = await findPendingInvitation(s.db, token, s.now());
      if (pending) {
        const problems = passwordProblems(body.password, { email: pending.email });
        if (problems.length > 0) throw invalidInput(problems.map((message) => ({ path: "password", message })));
      }
      const outcome = await acceptInvitation(s.db, token, { name: body.name, passwordHash: await hashPassword(body.password) }, s.now());
      switch (outcome.kind) {
        case "unknown":
          throw unknownInvitation();
        case "expired":
        case "revoked":
          throw new ProblemException({ status: 410, code: "invitation_expired", title: "Invitation expired", detail: "This invitation link has expired or was withdrawn; ask for a new one." });
        case "used":
          throw conflict("invitation_used", "Invitation used", "This invitation link has been used already; sign in instead.");
        case "email-taken":
          throw conflict("email_taken", "Account exists", "A staff account with this e-mail address exists already; sign in instead.");
        case "accepted":
          return signIn(s, c, outcome.staff.id);
      }
    },
  );
}
