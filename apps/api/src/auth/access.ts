import { mayManageMunicipality, type Principal } from "@kfd/domain";
import { ProblemException } from "../problem/problem-exception.js";

export const forbidden = (detail: string) => new ProblemException({ status: 403, code: "forbidden", title: "Forbidden", detail });

/**
 * An editor of another municipality gets 403 for what the public can see anyway and 404 for
 * what is unpublished, so that a token never reveals that a hidden dialogue exists.
 */
export function assertMayManage(principal: Principal, ags: string, visibleToPublic: boolean, what = "dialogue"): void {
  if (mayManageMunicipality(principal, ags)) return;
  if (visibleToPublic) throw forbidden(`This token may not change the ${what} of municipality ${ags}.`);
  throw new ProblemException({ status: 404, code: "not_found", title: "Not found", detail: `No ${what} with this id or slug exists.` });
}

export function assertStateAdmin(principal: Principal): void {
  if (principal.role !== "state-admin") throw forbidden("Only a state-admin token may do this.");
}
