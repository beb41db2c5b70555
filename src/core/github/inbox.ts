// What waits on me on GitHub (PRODUCT §6): the items GitHub's answer to the inbox query holds,
// each under the most direct reason it waits on me and since when. Pure: no network.
import { isIso, isObject, str, type Json } from '../common/json';
import { l10n } from '../common/l10n';
import { sameHandle } from '../team/handles';
import { SEARCHES, type SearchAlias } from './inboxQuery';
import { MalformedAnswer } from './malformedAnswer';

export type GithubCategory = 'review-requested' | 'team-review-requested' | 'assigned' | 'mentioned' | 'labelled' | 'waiting-on-others';

/** When one item is found by several searches, the most direct reason names it. */
export const GITHUB_CATEGORIES: readonly GithubCategory[] = [
  'review-requested',
  'team-review-requested',
  'waiting-on-others',
  'assigned',
  'labelled',
  'mentioned',
];

/** Why an item waits, as people read it: "review requested". */
export function categoryText(category: GithubCategory): string {
  switch (category) {
    case 'review-requested':
      return l10n.t('review requested');
    case 'team-review-requested':
      return l10n.t('team review requested');
    case 'assigned':
      return l10n.t('assigned');
    case 'mentioned':
      return l10n.t('mentioned');
    case 'labelled':
      return l10n.t('labelled as request');
    case 'waiting-on-others':
      return l10n.t('waiting for review');
  }
}

/** One issue or pull request that waits on me (or, for my pull requests, on others). Plain JSON, so it can be cached. */
export interface GithubItem {
  category: GithubCategory;
  kind: 'issue' | 'pull-request';
  /** `owner/name` */
  repo: string;
  number: number;
  title: string;
  url: string;
  /** ISO time the wait started: the review request, assignment, mention or label; else creation. */
  since: string;
  author: string | null;
  /** Requested teams (`org/slug`) of a team review request; who is asked, for my pull requests. */
  reviewers: string[];
}

export interface GithubRateLimit {
  limit: number;
  remaining: number;
  cost: number;
  resetAt: string;
}

export interface GithubInbox {
  login: string;
  items: GithubItem[];
  rateLimit: GithubRateLimit | null;
  /** Searches with more results than were fetched: alias and total. */
  truncated: { search: string; total: number }[];
}

interface Event {
  type: string;
  at: string;
  /** The user or team the event is about: assignee, mentioned user, requested reviewer; label name. */
  subject: string | null;
  team: boolean;
}

function reviewerName(v: unknown): { name: string | null; team: boolean } {
  if (!isObject(v)) return { name: null, team: false };
  if (v.__typename === 'Team') return { name: str(v.combinedSlug), team: true };
  return { name: str(v.login), team: false };
}

function readEvents(node: Json): Event[] {
  const timeline = isObject(node.timelineItems) && Array.isArray(node.timelineItems.nodes) ? node.timelineItems.nodes : [];
  const out: Event[] = [];
  for (const e of timeline) {
    // An event without a readable time does not move the start of the wait.
    if (!isObject(e) || !isIso(e.createdAt)) continue;
    const at = e.createdAt as string;
    switch (e.__typename) {
      case 'AssignedEvent':
        out.push({ type: 'assigned', at, subject: isObject(e.assignee) ? str(e.assignee.login) : null, team: false });
        break;
      case 'MentionedEvent':
        out.push({ type: 'mentioned', at, subject: isObject(e.actor) ? str(e.actor.login) : null, team: false });
        break;
      case 'LabeledEvent':
        out.push({ type: 'labelled', at, subject: isObject(e.label) ? str(e.label.name) : null, team: false });
        break;
      case 'ReviewRequestedEvent': {
        const r = reviewerName(e.requestedReviewer);
        out.push({ type: 'review-requested', at, subject: r.name, team: r.team });
        break;
      }
    }
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

function latest(events: readonly Event[], test: (e: Event) => boolean): string | null {
  for (let i = events.length - 1; i >= 0; i--) if (test(events[i])) return events[i].at;
  return null;
}

interface Found {
  node: Json;
  kind: GithubItem['kind'];
  repo: string;
  number: number;
  title: string;
  url: string;
  createdAt: string;
  author: string | null;
  events: Event[];
  /** Pending review requests: users and teams. */
  requested: { name: string; team: boolean }[];
  requestCount: number;
}

function readNode(node: unknown): Found | null {
  if (!isObject(node) || (node.__typename !== 'Issue' && node.__typename !== 'PullRequest')) return null;
  const repo = isObject(node.repository) ? str(node.repository.nameWithOwner) : null;
  const { number } = node;
  const title = str(node.title);
  const url = str(node.url);
  const createdAt = isIso(node.createdAt) ? node.createdAt : null;
  // An item without a readable creation time has no reply clock: it is left out, not the whole answer.
  if (!repo || typeof number !== 'number' || title === null || !url || !createdAt) return null;
  const requests = isObject(node.reviewRequests) ? node.reviewRequests : {};
  const requested = (Array.isArray(requests.nodes) ? requests.nodes : [])
    .map((r) => reviewerName(isObject(r) ? r.requestedReviewer : null))
    .filter((r): r is { name: string; team: boolean } => r.name !== null);
  return {
    node,
    kind: node.__typename === 'PullRequest' ? 'pull-request' : 'issue',
    repo,
    number,
    title,
    url,
    createdAt,
    author: isObject(node.author) ? str(node.author.login) : null,
    events: readEvents(node),
    requested,
    requestCount: typeof requests.totalCount === 'number' ? requests.totalCount : requested.length,
  };
}

function item(f: Found, category: GithubCategory, since: string | null, reviewers: string[] = []): GithubItem {
  return {
    category,
    kind: f.kind,
    repo: f.repo,
    number: f.number,
    title: f.title,
    url: f.url,
    since: since ?? f.createdAt,
    author: f.author,
    reviewers,
  };
}

/** The items one search found, each with its category and the time its wait started; null for none. */
function categorize(alias: SearchAlias, f: Found, me: string, label: string): GithubItem | null {
  const { events } = f;
  switch (alias) {
    case 'reviewRequested': {
      // The search finds requests to me and to my teams; a request naming me is the direct one.
      if (f.requested.some((r) => !r.team && sameHandle(r.name, me))) {
        return item(
          f,
          'review-requested',
          latest(events, (e) => e.type === 'review-requested' && !e.team && sameHandle(e.subject, me)),
        );
      }
      const teams = f.requested.filter((r) => r.team).map((r) => r.name);
      return item(
        f,
        'team-review-requested',
        latest(events, (e) => e.type === 'review-requested' && e.team && teams.includes(e.subject ?? '')),
        teams,
      );
    }
    case 'assigned':
      return item(
        f,
        'assigned',
        latest(events, (e) => e.type === 'assigned' && sameHandle(e.subject, me)),
      );
    case 'mentioned':
      return item(
        f,
        'mentioned',
        latest(events, (e) => e.type === 'mentioned' && sameHandle(e.subject, me)) ?? latest(events, (e) => e.type === 'mentioned'),
      );
    case 'labelled':
      return item(
        f,
        'labelled',
        latest(events, (e) => e.type === 'labelled' && sameHandle(e.subject, label)),
      );
    case 'waitingOnOthers': {
      // "Waiting for review": someone is asked, or the branch rules want a review.
      if (f.requestCount === 0 && f.node.reviewDecision !== 'REVIEW_REQUIRED') return null;
      return item(
        f,
        'waiting-on-others',
        latest(events, (e) => e.type === 'review-requested'),
        f.requested.map((r) => r.name),
      );
    }
  }
}

/**
 * Maps the `data` of GitHub's answer to INBOX_QUERY. Throws MalformedAnswer when it does not have
 * the queried shape (GitHub sent HTML, truncated JSON, or nothing).
 */
export function mapInbox(data: unknown, requestLabel: string): GithubInbox {
  if (!isObject(data)) throw new MalformedAnswer('no data');
  const login = isObject(data.viewer) ? str(data.viewer.login) : null;
  if (!login) throw new MalformedAnswer('no viewer');
  const byUrl = new Map<string, GithubItem>();
  const truncated: GithubInbox['truncated'] = [];
  for (const alias of SEARCHES) {
    const found = data[alias];
    if (!isObject(found) || !Array.isArray(found.nodes)) throw new MalformedAnswer(`no ${alias} search`);
    const nodes = found.nodes;
    if (typeof found.issueCount === 'number' && found.issueCount > nodes.length) truncated.push({ search: alias, total: found.issueCount });
    for (const node of nodes) {
      // Items GitHub could not give (a SAML-protected organisation) come back as null.
      const f = readNode(node);
      const next = f && categorize(alias, f, login, requestLabel);
      if (!next) continue;
      const had = byUrl.get(next.url);
      if (!had || GITHUB_CATEGORIES.indexOf(next.category) < GITHUB_CATEGORIES.indexOf(had.category)) byUrl.set(next.url, next);
    }
  }
  const rl = data.rateLimit;
  const rateLimit =
    isObject(rl) && typeof rl.remaining === 'number' && typeof rl.limit === 'number' && isIso(rl.resetAt)
      ? { limit: rl.limit, remaining: rl.remaining, cost: typeof rl.cost === 'number' ? rl.cost : 0, resetAt: rl.resetAt as string }
      : null;
  return { login, items: [...byUrl.values()], rateLimit, truncated };
}
