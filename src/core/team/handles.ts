// Handles, as owner fields, action items and the team list write them (`alice`): which text can be
// written as one, and when two name the same person.
import { l10n } from '../common/l10n';

/** Two handles name the same person: handles are compared without case, as GitHub does. */
export function sameHandle(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
}

/** The longest handle read or written: GitHub's logins have at most 39 characters, team handles a few more. */
export const MAX_HANDLE_LENGTH = 64;

/**
 * A handle as owner fields and action items write it (`alice`, `chen.li`, `bot-1`): a letter or
 * digit, then letters, digits, `_`, `.` or `-`. No spaces or line breaks, which would end the field
 * and start another.
 */
export function isHandle(handle: string): boolean {
  return handle.length <= MAX_HANDLE_LENGTH && /^[A-Za-z0-9][\w.-]*$/.test(handle);
}

/** Why a typed handle (`@alice` or `alice`) is refused, or null when it can be written. */
export function handleProblem(typed: string): string | null {
  const handle = typed.trim().replace(/^@/, '');
  if (isHandle(handle)) return null;
  return handle.length > MAX_HANDLE_LENGTH
    ? l10n.t('A handle has at most {0} characters.', MAX_HANDLE_LENGTH)
    : l10n.t('One handle, such as alice: a letter or digit, then letters, digits, _, . or -, without spaces.');
}
