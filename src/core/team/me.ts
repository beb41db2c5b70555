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
