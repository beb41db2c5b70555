// Who owns a page or a file: a page's own `owner` first, else the CODEOWNERS line that decides the
// path (the last one that matches, as GitHub reads it). Owners are written as records write handles
// (`alice`, `payments/team`) or as emails; a Slack channel from GOV.UK's `owner_slack` stays as written.
import { ownersOf, type Codeowners } from './codeowners';
import { shownText } from '../common/text';
import { sameHandle } from '../team/handles';
import { ownerTimeZone } from '../team/members';
import type { TeamConfig } from '../team/config';
import type { PageRecord } from '../records/types';

export type OwnerSource = 'front-matter' | 'codeowners' | 'none';

export interface Ownership {
  /** Every owner named; more than one is shared ownership. */
  owners: string[];
  /** The owner when exactly one is named. */
  owner: string | null;
  source: OwnerSource;
  /** The CODEOWNERS line that decided it (0-based), also when it names nobody; null when no line matches. */
  rule: { path: string; line: number; pattern: string } | null;
}

const NOBODY: Ownership = { owners: [], owner: null, source: 'none', rule: null };

/** An owner as records write it: without the `@` of a handle or team. */
function asWritten(owner: string): string {
  return owner.startsWith('@') ? owner.slice(1) : owner;
}

/** Who owns the file at `relPath` according to CODEOWNERS (null: there is none). */
export function fileOwnership(relPath: string, codeowners: Codeowners | null): Ownership {
  const match = codeowners ? ownersOf(codeowners, relPath) : null;
  if (!codeowners || !match) return NOBODY;
  const owners = [...new Set(match.owners.map(asWritten))];
  return {
    owners,
    owner: owners.length === 1 ? owners[0] : null,
    source: owners.length > 0 ? 'codeowners' : 'none',
    rule: { path: codeowners.path, line: match.rule.line, pattern: match.rule.pattern },
  };
}

// A page's owners change only with the page or CODEOWNERS, both new objects when they change: the
// views, checks, reminders and lens ask again and again without matching CODEOWNERS again.
const owned = new WeakMap<PageRecord, { codeowners: Codeowners | null; ownership: Ownership }>();

/** Who owns a page: its front matter, else CODEOWNERS. */
export function pageOwnership(page: PageRecord, codeowners: Codeowners | null): Ownership {
  const known = owned.get(page);
  if (known && known.codeowners === codeowners) return known.ownership;
  const ownership: Ownership =
    page.owners.length > 0
      ? { owners: page.owners, owner: page.owners.length === 1 ? page.owners[0] : null, source: 'front-matter', rule: null }
      : fileOwnership(page.path, codeowners);
  owned.set(page, { codeowners, ownership });
  return ownership;
}

/** `@alice`, `@payments/team`, `ops@example.com`, `#on-call`: fit to show, as a front matter may name anyone in any text. */
export function ownerLabel(owner: string): string {
  const shown = shownText(owner, 80);
  return shown.includes('@') || shown.startsWith('#') ? shown : `@${shown}`;
}

/** Whether `owner` names me: my handle, or the email the team list gives me. Teams are not resolved (that needs GitHub). */
export function isMe(owner: string, me: string | null, config: TeamConfig): boolean {
  if (!me) return false;
  if (sameHandle(owner, me)) return true;
  if (!owner.includes('@')) return false;
  const email = config.team.find((m) => sameHandle(m.handle, me))?.email;
  return !!email && email.toLowerCase() === owner.toLowerCase();
}

/** The handle of a team member an owner names (a handle or a member's email), for time zones; null for teams and strangers' emails. */
function ownerHandle(owner: string, config: TeamConfig): string | null {
  if (!owner.includes('@')) return owner.includes('/') || owner.startsWith('#') ? null : owner;
  return config.team.find((m) => m.email?.toLowerCase() === owner.toLowerCase())?.handle ?? null;
}

/** The zone of the day a page's review is counted in: its owner's, when the team list knows them (else the team default). */
export function pageZone(ownership: Ownership, config: TeamConfig): string {
  return ownerTimeZone(config, ownership.owner ? ownerHandle(ownership.owner, config) : null);
}
