import { randomBytes } from "node:crypto";
import { createStaff, EmailTakenError, hashPassword, type KfdDatabase } from "@kfd/db";
import { TRIAL_DIALOGUE } from "./demo-trial-dialogue.js";

export const DEMO_EMAIL = "demo@example.org";

export interface DemoAccount {
  email: string;
  /** undefined when the account existed already: its password was printed at the first start. */
  password: string | undefined;
  municipalityAgs: string;
}

/**
 * A demo editor for the trial dialogue's municipality, created with the demo data. Without
 * KFD_DEMO_PASSWORD the password is random and printed once: a fixed one would open every
 * demo that is ever left reachable on the internet.
 */
export async function ensureDemoAccount(db: KfdDatabase, password: string | undefined, now: Date): Promise<DemoAccount> {
  const chosen = password ?? randomBytes(12).toString("base64url");
  const municipalityAgs = TRIAL_DIALOGUE.municipalityAgs;
  try {
    await createStaff(db, { email: DEMO_EMAIL, name: "Demo-Redaktion", role: "municipality-editor", municipalityAgs: [municipalityAgs], passwordHash: await hashPassword(chosen) }, now);
    return { email: DEMO_EMAIL, password: chosen, municipalityAgs };
  } catch (error) {
    if (error instanceof EmailTakenError) return { email: DEMO_EMAIL, password: undefined, municipalityAgs };
    throw error;
  }
}

export function demoSignInLine(account: DemoAccount, publicUrl: string): string {
  const password = account.password ?? "(beim ersten Start ausgegeben oder KFD_DEMO_PASSWORD)";
  return `kfd: Demo-Anmeldung: ${publicUrl}/admin/ — E-Mail ${account.email} / Passwort ${password}`;
}
