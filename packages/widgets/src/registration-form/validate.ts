import { registrationInputSchema, type RegistrationInput } from "@kfd/domain";

/**
 * Dotted paths of the fields that break the domain's rules, checked with the very schema the
 * server uses. Loaded on demand: it carries zod/mini, which the form needs only once someone
 * starts filling it in.
 */
export function invalidFields(input: RegistrationInput): string[] {
  const checked = registrationInputSchema.safeParse(input);
  return checked.success ? [] : checked.error.issues.map((issue) => issue.path.map(String).join("."));
}
