/**
 * A number typed into a form: empty means "not given", a decimal comma counts like a point
 * (48,5216). Anything else becomes NaN, which the domain's schema then names as a problem.
 */
export function typedNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === "" ? undefined : Number(trimmed.replace(",", "."));
}
