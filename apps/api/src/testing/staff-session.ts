import { createStaff, hashPassword } from "@kfd/db";
import type { Role } from "@kfd/domain";
import { expectStatus, type TestApi } from "./test-api.js";

export const STAFF_PASSWORD = "Tische am Marktplatz 2026";

/** The origin app.request() answers under; the console's writes come from here. */
export const OWN_ORIGIN = "http://localhost";

export interface StaffSession {
  staffId: string;
  email: string;
  cookie: string;
  csrfToken: string;
  /** A request as the console sends it: cookie always, CSRF token and Origin on writes. */
  request(path: string, init?: RequestInit & { json?: unknown; csrf?: string | null; origin?: string | null }): Promise<Response>;
}

let counter = 0;

/** A staff account made through the real repository, signed in through the real route. */
export async function signedInStaff(api: TestApi, role: Role, municipalityAgs: string[]): Promise<StaffSession> {
  counter += 1;
  const email = `staff${counter}-${crypto.randomUUID().slice(0, 6)}@example.org`;
  const staff = await createStaff(api.db, { email, name: `Staff ${counter}`, role, municipalityAgs, passwordHash: await hashPassword(STAFF_PASSWORD) }, api.clock.now);
  const res = await api.request("/v1/session", { method: "POST", token: null, json: { email, password: STAFF_PASSWORD } });
  const cookie = /kfd_session=[^;]+/.exec(res.headers.get("set-cookie") ?? "")?.[0];
  const info = await expectStatus(res, 200);
  if (!cookie) throw new Error("sign-in set no cookie");
  return {
    staffId: staff.id,
    email,
    cookie,
    csrfToken: info.csrfToken,
    request: (path, init = {}) => {
      const { csrf = info.csrfToken, origin = OWN_ORIGIN, ...rest } = init;
      const headers = new Headers(rest.headers);
      headers.set("cookie", cookie);
      const write = (rest.method ?? "GET") !== "GET";
      if (write && csrf !== null) headers.set("x-csrf-token", csrf);
      if (write && origin !== null) headers.set("origin", origin);
      return api.request(path, { ...rest, headers, token: null });
    },
  };
}
