// What waits on me on GitHub (PRODUCT §6): the one GraphQL query, its variables, and the mapping
// of GitHub's answer to plain items with reply clocks. Pure: no network, `now` is passed in.
import type { TeamConfig } from '../team/config';
import { isIso, isObject, str, type Json } from '../common/json';
import { sameHandle } from '../team/me';
import { addWorkingTime } from '../time/workingTime';
import { urgency, type Urgency } from '../time/urgency';
import { scheduleFor } from '../team/members';

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

export const CATEGORY_TEXT: Record<GithubCategory, string> = {
  'review-requested': 'review requested',
  'team-review-requested': 'team review requested',
  assigned: 'assigned',
  mentioned: 'mentioned',
  labelled: 'labelled as request',
  'waiting-on-others': 'waiting for review',
};

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

/** Results per search. GitHub allows 100; more than 50 of one kind waiting on one person is a different problem. */
export const SEARCH_SIZE = 50;

const SEARCHES = ['reviewRequested', 'assigned', 'mentioned', 'labelled', 'waitingOnOthers'] as const;
type SearchAlias = (typeof SEARCHES)[number];

// Variables carry the search strings, so the document never changes and is checked against
// GitHub's schema once, in a unit test.
export const INBOX_QUERY = `query AsyncWorkInbox($first: Int!, $reviewRequested: String!, $assigned: String!, $mentioned: String!, $labelled: String!, $waitingOnOthers: String!) {
  viewer { login }
  reviewRequested: search(type: ISSUE, query: $reviewRequested, first: $first) { ...Found }
  assigned: search(type: ISSUE, query: $assigned, first: $first) { ...Found }
  mentioned: search(type: ISSUE, query: $mentioned, first: $first) { ...Found }
  labelled: search(type: ISSUE, query: $labelled, first: $first) { ...Found }
  waitingOnOthers: search(type: ISSUE, query: $waitingOnOthers, first: $first) { ...Found }
  rateLimit { limit remaining cost resetAt }
}
fragment Found on SearchResultItemConnection {
  issueCount
  nodes {
    __typename
    ... on Issue {
      number title url createdAt
      repository { nameWithOwner }
      author { login }
      timelineItems(last: 20, itemTypes: [ASSIGNED_EVENT, MENTIONED_EVENT, LABELED_EVENT]) {
        nodes { __typename ...Assigned ...Mentioned ...Labeled }
      }
    }
    ... on PullRequest {
      number title url createdAt isDraft reviewDecision
      repository { nameWithOwner }
      author { login }
      reviewRequests(first: 20) {
        totalCount
        nodes { requestedReviewer { __typename ...Reviewer } }
      }
      timelineItems(last: 20, itemTypes: [REVIEW_REQUESTED_EVENT, ASSIGNED_EVENT, MENTIONED_EVENT, LABELED_EVENT]) {
        nodes { __typename ...Assigned ...Mentioned ...Labeled ...ReviewRequested }
      }
    }
  }
}
fragment Reviewer on RequestedReviewer {
  ... on User { login }
  ... on Team { combinedSlug }
}
fragment Assigned on AssignedEvent { createdAt assignee { __typename ... on User { login } } }
fragment Mentioned on MentionedEvent { createdAt actor { login } }
fragment Labeled on LabeledEvent { createdAt label { name } }
fragment ReviewRequested on ReviewRequestedEvent { createdAt requestedReviewer { __typename ...Reviewer } }
`;

export interface InboxScope {
  /** `owner/name` of the repositories to look in; empty means every repository I can see. */
  repos: readonly string[];
  /** The team's request label (`request-label` in the team configuration). */
  requestLabel: string;
}

function quoted(value: string): string {
  return /^[\w.-]+$/.test(value) ? value : `"${value.replace(/"/g, '')}"`;
}

/** The search strings of the query, one per alias. */
export function inboxVariables(scope: InboxScope): Record<SearchAlias, string> & { first: number } {
  const where = scope.repos.map((r) => `repo:${r}`).join(' ');
  const search = (...terms: string[]) => ['is:open', 'archived:false', ...terms, where, 'sort:updated-desc'].filter(Boolean).join(' ');
  return {
    first: SEARCH_SIZE,
    reviewRequested: search('is:pr', 'review-requested:@me'),
    assigned: search('assignee:@me'),
    mentioned: search('mentions:@me'),
    // Across all of GitHub a label alone would find strangers' issues: only those I am involved in.
    labelled: search(`label:${quoted(scope.requestLabel)}`, scope.repos.length === 0 ? 'involves:@me' : ''),
    waitingOnOthers: search('is:pr', 'author:@me', 'draft:false', '-review:approved'),
  };
}

/** GitHub's answer did not have the shape the query asks for. */
export class MalformedAnswer extends Error {
  constructor(what: string) {
    super(`GitHub sent an answer that could not be read (${what})`);
    this.name = 'MalformedAnswer';
  }
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

export interface GithubClock {
  replyBy: Date | null;
  urgency: Urgency | null;
  /** Whose working clock runs: mine, or the first reviewer's for my pull requests. */
  owner: string | null;
}

/** The reply clock of an item: the team's reply SLA from when the wait started, on the owner's working clock. */
export function githubClock(item: GithubItem, config: TeamConfig, me: string | null, now: Date): GithubClock {
  const owner = item.category === 'waiting-on-others' ? (item.reviewers.find((r) => !r.includes('/')) ?? null) : me;
  const schedule = scheduleFor(config, owner);
  const since = new Date(item.since);
  const replyBy = Number.isNaN(since.getTime()) ? null : addWorkingTime(since, config.replyWithin, schedule);
  return { replyBy, urgency: replyBy ? urgency(replyBy, now, schedule.timeZone) : null, owner };
}

/** A row of `async-work inbox --format json` (PRODUCT §7). */
export interface InboxRow {
  category: GithubCategory;
  repo: string;
  number: number;
  title: string;
  url: string;
  since: string;
  replyBy: string | null;
  urgency: Urgency | null;
}

/** The inbox as rows, soonest reply-by first. */
export function inboxRows(items: readonly GithubItem[], config: TeamConfig, me: string | null, now: Date): InboxRow[] {
  return items
    .map((i) => ({ i, clock: githubClock(i, config, me, now) }))
    .sort((a, b) => (a.clock.replyBy?.getTime() ?? Infinity) - (b.clock.replyBy?.getTime() ?? Infinity) || a.i.url.localeCompare(b.i.url))
    .map(({ i, clock }) => ({
      category: i.category,
      repo: i.repo,
      number: i.number,
      title: i.title,
      url: i.url,
      since: new Date(i.since).toISOString(),
      replyBy: clock.replyBy?.toISOString() ?? null,
      urgency: clock.urgency,
    }));
}

/**
 * `owner/name` of a git remote URL on `host` (`github.com`, or an Enterprise host), or null:
 * `git@github.com:o/n.git`, `https://github.com/o/n`, `ssh://git@github.com/o/n.git`.
 */
export function repoFromRemote(url: string, host: string): string | null {
  const h = host.toLowerCase().replace(/\./g, '\\.');
  const m = new RegExp(`^(?:(?:https?|ssh|git)://(?:[^@/]+@)?${h}(?::\\d+)?/|[^@/]+@${h}:)([\\w.-]+)/([\\w.-]+?)(?:\\.git)?/?$`, 'i').exec(
    url.trim(),
  );
  return m ? `${m[1]}/${m[2]}` : null;
}
