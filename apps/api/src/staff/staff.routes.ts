import { findStaff, listStaff, updateStaff } from "@kfd/db";
import { staffSchema, updateStaffSchema } from "@kfd/domain";
import { staffListSchema } from "../openapi/schema-catalogue.js";
import { assertStateAdmin } from "../auth/access.js";
import { principalOf } from "../auth/principal-of.js";
import { conflict, notFound } from "../problem/problem-exception.js";
import type { AppServices } from "../services.js";
import { assertValidAssignment } from "./municipality-check.js";

export function registerStaffRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "get",
      path: "/v1/staff",
      operationId: "listStaff",
      tag: "Staff",
      summary: "Staff accounts (state-admin only)",
      access: "admin",
      responses: { 200: { description: "Every account, disabled ones included, by e-mail.", schema: staffListSchema } },
      problems: [403],
    },
    async (c) => {
      assertStateAdmin(principalOf(c));
      return c.json(await listStaff(s.db));
    },
  );

  s.routes.add(
    {
      method: "patch",
      path: "/v1/staff/{id}",
      operationId: "updateStaff",
      tag: "Staff",
      summary: "Change a staff account's role, municipalities, name, or disable it (state-admin only)",
      description: "Takes effect with the account's next request. Disabling ends all its sessions at once. Nobody can disable or demote their own account (409), so that a state never locks itself out.",
      access: "admin",
      params: { id: "The staff account's id." },
      body: updateStaffSchema,
      responses: { 200: { description: "The changed account.", schema: staffSchema } },
      problems: [403, 404, 409],
    },
    async (c, { body, param }) => {
      const principal = principalOf(c);
      assertStateAdmin(principal);
      const staff = await findStaff(s.db, param("id"));
      if (!staff) throw notFound("Staff account", "No staff account with this id exists.");
      if (staff.id === principal.staffId && (body.disabled === true || (body.role !== undefined && body.role !== staff.role))) {
        throw conflict("conflict", "Own account", "You cannot disable your own account or change your own role; ask another state-admin.");
      }
      const role = body.role ?? staff.role;
      const municipalityAgs = body.municipalityAgs ?? staff.municipalityAgs;
      if (body.role !== undefined || body.municipalityAgs !== undefined) await assertValidAssignment(s, role, municipalityAgs);
      const updated = await updateStaff(s.db, staff.id, body, s.now());
      if (!updated) throw notFound("Staff account", "No staff account with this id exists.");
      return c.json(updated);
    },
  );
}
