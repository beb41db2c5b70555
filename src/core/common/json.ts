// Reading JSON nobody vouches for (GitHub's answers, state stored by another version): every
// value is checked before it is used.

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A string, or null for anything else. */
export function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/** A string that is a date JavaScript can read. */
export function isIso(v: unknown): v is string {
  return typeof v === 'string' && !Number.isNaN(new Date(v).getTime());
}
