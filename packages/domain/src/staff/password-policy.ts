/** Long enough to resist guessing when scrypt slows each guess down; a passphrase fits easily. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Passwords of 12+ characters that still top the leaked-password lists (and the obvious
 * local ones). Short: the length rule does most of the work; this catches the lazy classics.
 */
export const COMMON_PASSWORDS: readonly string[] = [
  "123456789012",
  "1234567890123",
  "12345678901234",
  "qwertyuiopasdf",
  "qwertzuiopü+",
  "qwertzuiopasdf",
  "passwordpassword",
  "password1234",
  "password12345",
  "passwort1234",
  "passwort12345",
  "passwortpasswort",
  "iloveyou1234",
  "administrator",
  "administrator1",
  "willkommen123",
  "willkommen1234",
  "hallohallo12",
  "letmein12345",
  "welcome12345",
  "changeme1234",
  "abcdefghijkl",
  "abc123abc123",
  "aaaaaaaaaaaa",
  "000000000000",
  "111111111111",
  "fluechtlingsdialog",
  "flüchtlingsdialog",
  "integration123",
  "integration1234",
  "kommune12345",
  "rathaus12345",
  "badenwuerttemberg",
  "baden-württemberg",
];

const COMMON = new Set(COMMON_PASSWORDS.map((p) => p.toLowerCase()));

/** Why a password is refused, in words for the person choosing it; empty when it is fine. */
export function passwordProblems(password: string, context: { email?: string } = {}): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) problems.push(`must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  if (length > MAX_PASSWORD_LENGTH) problems.push(`must be at most ${MAX_PASSWORD_LENGTH} characters long`);
  const lower = password.trim().toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(lower)) problems.push("is too common; choose a passphrase of several words");
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (context.email && (lower === context.email.toLowerCase() || (local && local.length >= 4 && lower.includes(local)))) {
    problems.push("must not contain the e-mail address");
  }
  return problems;
}
