import type {
  AcceptInvitationInput,
  CreatedInvitation,
  CreateInvitationInput,
  Invitation,
  InvitationPreview,
  SessionInfo,
  Staff,
  UpdateStaffInput,
} from "@kfd/domain";
import type { ClientOptions, RequestOptions } from "../options.js";
import { request, segment } from "../request.js";

/** State admin: every staff account. */
export function listStaff(options: ClientOptions, call?: RequestOptions): Promise<Staff[]> {
  return request(options, "/v1/staff", call);
}

/** State admin: role, municipalities, name, or `disabled: true` (ends the account's sessions at once). */
export function updateStaff(options: ClientOptions, staffId: string, input: UpdateStaffInput, call?: RequestOptions): Promise<Staff> {
  return request(options, `/v1/staff/${segment(staffId)}`, { ...call, method: "PATCH", body: input });
}

/** State admin: invites a person; `acceptUrl` (with the one-time secret) is in this answer only. */
export function inviteStaff(options: ClientOptions, input: CreateInvitationInput, call?: RequestOptions): Promise<CreatedInvitation> {
  return request(options, "/v1/invitations", { ...call, method: "POST", body: input });
}

export function listInvitations(options: ClientOptions, call?: RequestOptions): Promise<Invitation[]> {
  return request(options, "/v1/invitations", call);
}

export function revokeInvitation(options: ClientOptions, invitationId: string, call?: RequestOptions): Promise<void> {
  return request(options, `/v1/invitations/${segment(invitationId)}`, { ...call, method: "DELETE" });
}

/** The accept page: what the link offers (404 once used, expired or withdrawn). */
export function getInvitation(options: ClientOptions, token: string, call?: RequestOptions): Promise<InvitationPreview> {
  return request(options, `/v1/invitations/${segment(token)}`, call);
}

/** Chooses the password, creates the account and signs it in (the answer carries the CSRF token). */
export function acceptInvitation(options: ClientOptions, token: string, input: AcceptInvitationInput, call?: RequestOptions): Promise<SessionInfo> {
  return request(options, `/v1/invitations/${segment(token)}/accept`, { ...call, method: "POST", body: input });
}
