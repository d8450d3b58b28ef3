/** Flags are 0/1 integers on both dialects (better-sqlite3 cannot bind booleans). */
export const toFlag = (value: boolean): number => (value ? 1 : 0);
export const fromFlag = (value: number | boolean): boolean => value === 1 || value === true;

export const toJson = (value: unknown): string => JSON.stringify(value);
export function fromJson<T>(text: string): T {
  return JSON.parse(text) as T;
}
export function fromNullableJson<T>(text: string | null): T | undefined {
  return text === null ? undefined : fromJson<T>(text);
}

/** PostgreSQL returns count(*) and sum() as strings (int8/numeric); SQLite as numbers. */
export const toCount = (value: string | number | bigint | null | undefined): number => Number(value ?? 0);

/** Omits keys whose value is undefined, so mapped objects equal their parsed counterparts. */
export function definedOnly<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
