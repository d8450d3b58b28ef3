import { findMunicipality } from "@kfd/db";
import type { Role } from "@kfd/domain";
import { invalidInput } from "../problem/problem-exception.js";
import type { AppServices } from "../services.js";

/** An editor needs at least one municipality, and every AGS must be known; errors name the entry. */
export async function assertValidAssignment(s: AppServices, role: Role, municipalityAgs: readonly string[]): Promise<void> {
  if (role === "municipality-editor" && municipalityAgs.length === 0) {
    throw invalidInput([{ path: "municipalityAgs", message: "a municipality-editor must have at least one municipality" }]);
  }
  const errors = [];
  for (const [index, ags] of municipalityAgs.entries()) {
    if (!(await findMunicipality(s.db, ags))) errors.push({ path: `municipalityAgs.${index}`, message: `no municipality with AGS ${ags} is known` });
  }
  if (errors.length > 0) throw invalidInput(errors);
}
