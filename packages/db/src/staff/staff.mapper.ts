import type { Staff } from "@kfd/domain";
import { fromFlag, fromJson } from "../shared/columns.js";
import type { StaffRow } from "./staff.table.js";

export function toStaff(row: Omit<StaffRow, "password_hash">): Staff {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    municipalityAgs: fromJson<string[]>(row.municipality_ags),
    disabled: fromFlag(row.disabled),
    createdAt: row.created_at,
    lastSignInAt: row.last_sign_in_at,
  };
}

export const STAFF_COLUMNS = ["id", "email", "name", "role", "municipality_ags", "disabled", "created_at", "updated_at", "last_sign_in_at"] as const;
