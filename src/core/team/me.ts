// Who "me" is (PRODUCT §3): the `asyncWork.me` setting, else the signed-in GitHub login, else the
// git user matched against the team list by email, name or handle.
import type { TeamMember } from './config';

export interface MeClues {
  setting?: string | null;
  githubLogin?: string | null;
  gitName?: string | null;
  gitEmail?: string | null;
}

export type MeSource = 'setting' | 'github' | 'git';

export interface Me {
  handle: string;
  source: MeSource;
  /** The team member, when the handle is in the team list. */
  member: TeamMember | null;
}

function clean(value: string | null | undefined): string {
  return (value ?? '').trim().replace(/^@/, '');
}

function byHandle(team: readonly TeamMember[], handle: string): TeamMember | null {
  return team.find((m) => m.handle.toLowerCase() === handle.toLowerCase()) ?? null;
}

/** `12345+login@users.noreply.github.com` and `login@users.noreply.github.com` name a GitHub login. */
function loginFromNoreply(email: string): string | null {
  const m = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i.exec(email);
  return m ? m[1] : null;
}

export function resolveMe(clues: MeClues, team: readonly TeamMember[]): Me | null {
  const setting = clean(clues.setting);
  if (setting) {
    const member = byHandle(team, setting);
    return { handle: member?.handle ?? setting, source: 'setting', member };
  }
  const login = clean(clues.githubLogin);
  if (login) {
    const member = byHandle(team, login);
    return { handle: member?.handle ?? login, source: 'github', member };
  }
  const email = clean(clues.gitEmail).toLowerCase();
  const name = (clues.gitName ?? '').trim().toLowerCase();
  const emailUser = email.split('@')[0];
  const noreply = email ? loginFromNoreply(email) : null;
  const member =
    (email && team.find((m) => m.email?.toLowerCase() === email)) ||
    (noreply && byHandle(team, noreply)) ||
    (name && team.find((m) => m.name?.toLowerCase() === name)) ||
    (name && byHandle(team, name)) ||
    (emailUser && byHandle(team, emailUser)) ||
    null;
  return member ? { handle: member.handle, source: 'git', member } : null;
}

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
    ? `A handle has at most ${MAX_HANDLE_LENGTH} characters.`
    : 'One handle, such as alice: a letter or digit, then letters, digits, _, . or -, without spaces.';
}
