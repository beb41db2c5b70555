// What waits on me: the groups of the Requests view, as plain rows, with the meetings to come and
// what was closed lately below them. Pure: `now`, who I am, the snoozed rows and the GitHub items
// are passed in.
import { addDays, addHours, isBefore } from 'date-fns';
import type { TeamConfig } from '../team/config';
import { categoryText, type GithubItem } from '../github/inbox';
import { githubClock } from '../github/replyClock';
import { sameHandle } from '../team/handles';
import { shownText } from '../common/text';
import { l10n } from '../common/l10n';
import { humanTime } from '../time/humanTime';
import { remainingText, urgency, type DueWhat, type Urgency } from '../time/urgency';
import { requestDue } from './due';
import { scheduleFor } from '../team/members';
import type { ActionItem, AsyncRecord, MeetingRecord, RequestRecord } from '../records/types';

export type RequestGroupId =
  'overdue' | 'needs-my-reply' | 'waiting-on-others' | 'my-action-items' | 'github' | 'upcoming-meetings' | 'team' | 'recently-closed';

export const REQUEST_GROUPS: readonly { id: RequestGroupId; collapsed: boolean }[] = [
  { id: 'overdue', collapsed: false },
  { id: 'needs-my-reply', collapsed: false },
  { id: 'waiting-on-others', collapsed: false },
  { id: 'my-action-items', collapsed: false },
  { id: 'github', collapsed: false },
  { id: 'upcoming-meetings', collapsed: false },
  { id: 'team', collapsed: true },
  { id: 'recently-closed', collapsed: true },
];

/** A group's heading, in the current language. */
export function requestGroupLabel(id: RequestGroupId): string {
  switch (id) {
    case 'overdue':
      return l10n.t('Overdue');
    case 'needs-my-reply':
      return l10n.t('Needs my reply');
    case 'waiting-on-others':
      return l10n.t('Waiting on others');
    case 'my-action-items':
      return l10n.t('My action items');
    case 'github':
      return l10n.t('GitHub');
    case 'upcoming-meetings':
      return l10n.t('Upcoming meetings');
    case 'team':
      return l10n.t('Team');
    case 'recently-closed':
      return l10n.t('Recently closed');
  }
}

/** A meeting's pre-read shows up this many hours before it is due. */
export const PRE_READ_WINDOW_HOURS = 24;

/** A request answered or done shows in Recently closed for this many days after its `closed` time. */
export const RECENTLY_CLOSED_DAYS = 7;

/** A record to group, with the caller's reference to it (the stored record in the extension, a path in the command line). */
export interface RecordInput<T> {
  ref: T;
  /** Stable key of the record (its URI), for snoozing. */
  key: string;
  record: AsyncRecord;
  config: TeamConfig;
}

export type RowKind = 'request' | 'write-pre-read' | 'read-pre-read' | 'action' | 'meeting' | 'closed';

interface RowFields {
  /** Snooze key: the record key, and the line for an action item; the URL of a GitHub item. */
  key: string;
  label: string;
  /** "reply in 3h · waiting on @alice": the time left and whose move it is. */
  description: string;
  due: Date | null;
  urgency: Urgency | null;
  owner: string | null;
}

/** A row for a record in the repository. */
export interface RecordRow<T> extends RowFields {
  ref: T;
  kind: RowKind;
  record: AsyncRecord;
  action: ActionItem | null;
}

/** A row for an issue or pull request on GitHub. */
export interface GithubRow extends RowFields {
  kind: 'github';
  github: GithubItem;
}

export type RequestRow<T> = RecordRow<T> | GithubRow;

export interface RequestGroup<T> {
  id: RequestGroupId;
  label: string;
  collapsed: boolean;
  rows: RequestRow<T>[];
}

export interface GroupOptions {
  me: string | null;
  now: Date;
  /** Snoozed row keys and when each comes back. */
  snoozed: ReadonlyMap<string, Date>;
  /** What waits on GitHub, and the team configuration whose reply-within and schedules apply to it. */
  github?: { items: readonly GithubItem[]; config: TeamConfig };
}

export function actionKey(recordKey: string, item: ActionItem): string {
  return `${recordKey}#L${item.line + 1}`;
}

function row<T>(
  e: RecordInput<T>,
  now: Date,
  kind: RowKind,
  fields: Pick<RecordRow<T>, 'key' | 'label' | 'due' | 'owner' | 'action'>,
  what: DueWhat,
  tail: string,
): RecordRow<T> {
  const zone = scheduleFor(e.config, fields.owner).timeZone;
  const when = fields.due ? remainingText(fields.due, now, what) : what === 'reply' ? l10n.t('no reply-by') : l10n.t('no due date');
  return {
    ref: e.ref,
    kind,
    record: e.record,
    ...fields,
    description: tail ? `${when} · ${tail}` : when,
    urgency: fields.due ? urgency(fields.due, now, zone) : null,
  };
}

/** Whose move a request is: "your reply", "waiting on @bruno" or "no owner". */
function whoseMove(owner: string | null, me: string | null): string {
  if (!owner) return l10n.t('no owner');
  return me && sameHandle(owner, me) ? l10n.t('your reply') : l10n.t('waiting on @{0}', shownText(owner));
}

function requestRow<T>(e: RecordInput<T>, r: RequestRecord, me: string | null, now: Date): RecordRow<T> {
  const due = requestDue(r, now);
  return row(
    e,
    now,
    'request',
    { key: e.key, label: shownText(r.title), due: due?.at ?? null, owner: r.owner, action: null },
    due?.kind === 'deadline' ? 'deadline' : 'reply',
    whoseMove(r.owner, me),
  );
}

function preReadRow<T>(e: RecordInput<T>, m: MeetingRecord, me: string, now: Date): RecordRow<T> | null {
  if (!m.date || !m.preReadDue || !isBefore(now, m.date)) return null;
  if (isBefore(addHours(now, PRE_READ_WINDOW_HOURS), m.preReadDue)) return null;
  const written = m.sections.some((s) => /^pre-?read$/i.test(s.heading.replace(/\s+/g, '')) && !s.blank);
  const fields = { key: e.key, owner: m.owner, action: null };
  if (sameHandle(m.owner, me)) {
    if (written) return null;
    return row(
      e,
      now,
      'write-pre-read',
      { ...fields, label: l10n.t('Write the pre-read: {0}', shownText(m.title)), due: m.preReadDue },
      'due',
      l10n.t('yours to write'),
    );
  }
  if (written && m.attendees.some((a) => sameHandle(a, me))) {
    return row(
      e,
      now,
      'read-pre-read',
      { ...fields, label: l10n.t('Read the pre-read: {0}', shownText(m.title)), due: m.date },
      'due',
      m.owner ? l10n.t('written by @{0}', shownText(m.owner)) : '',
    );
  }
  return null;
}

/** A meeting to come: when it starts and when its pre-read is due, on my clock. */
function meetingRow<T>(e: RecordInput<T>, m: MeetingRecord, me: string | null, now: Date): RecordRow<T> | null {
  if (!m.date || !isBefore(now, m.date)) return null;
  if (me && !sameHandle(m.owner, me) && !m.attendees.some((a) => sameHandle(a, me))) return null;
  const zone = scheduleFor(e.config, me).timeZone;
  const preRead = m.preReadDue ? ` · ${l10n.t('pre-read due {0}', humanTime(m.preReadDue, zone, now))}` : '';
  return {
    ref: e.ref,
    kind: 'meeting',
    record: m,
    key: e.key,
    label: shownText(m.title),
    description: `${humanTime(m.date, zone, now)}${preRead}`,
    due: m.date,
    urgency: null,
    owner: m.owner,
    action: null,
  };
}

/** "answered Tue 24 Nov, 09:00": how a request was closed, and when. */
function closedText(status: Exclude<RequestRecord['status'], 'open'>, when: string): string {
  switch (status) {
    case 'answered':
      return l10n.t('answered {0}', when);
    case 'done':
      return l10n.t('done {0}', when);
    case 'declined':
      return l10n.t('declined {0}', when);
    case 'withdrawn':
      return l10n.t('withdrawn {0}', when);
  }
}

/** A request closed (answered, done…) in the last days, by its `closed` time, on my clock. */
function closedRow<T>(e: RecordInput<T>, r: RequestRecord, me: string | null, now: Date): RecordRow<T> | null {
  if (r.status === 'open' || !r.closed || isBefore(now, r.closed) || !isBefore(now, addDays(r.closed, RECENTLY_CLOSED_DAYS))) return null;
  if (me && !sameHandle(r.owner, me) && !sameHandle(r.requester, me)) return null;
  return {
    ref: e.ref,
    kind: 'closed',
    record: r,
    key: e.key,
    label: shownText(r.title),
    description: closedText(r.status, humanTime(r.closed, scheduleFor(e.config, me).timeZone, now)),
    due: null,
    urgency: null,
    owner: r.owner,
    action: null,
  };
}

/** `review requested · acme/shop#12`: why it waits, and where. */
function githubWhy(item: GithubItem): string {
  const where = `${shownText(item.repo)}#${item.number}`;
  switch (item.category) {
    case 'team-review-requested':
      return `${l10n.t('review requested from {0}', shownText(item.reviewers.join(', ')) || l10n.t('a team'))} · ${where}`;
    case 'waiting-on-others':
      return `${l10n.t('review by {0}', shownText(item.reviewers.map((r) => `@${r}`).join(', ')) || l10n.t('a reviewer'))} · ${where}`;
    default:
      return `${categoryText(item.category)} · ${where}`;
  }
}

function githubRow(item: GithubItem, config: TeamConfig, me: string | null, now: Date): GithubRow {
  const clock = githubClock(item, config, me, now);
  const when = clock.replyBy ? remainingText(clock.replyBy, now) : l10n.t('no reply-by');
  return {
    kind: 'github',
    github: item,
    key: item.url,
    label: shownText(item.title),
    description: `${when} · ${githubWhy(item)}`,
    due: clock.replyBy,
    urgency: clock.urgency,
    owner: clock.owner,
  };
}

function byDue<T>(a: RequestRow<T>, b: RequestRow<T>): number {
  if (a.due && b.due) return a.due.getTime() - b.due.getTime() || a.label.localeCompare(b.label);
  if (a.due) return -1;
  if (b.due) return 1;
  return a.label.localeCompare(b.label);
}

/** Recently closed: the last closed first. */
function byClosed<T>(a: RequestRow<T>, b: RequestRow<T>): number {
  const at = (r: RequestRow<T>) => (r.kind !== 'github' && r.record.type === 'request' ? (r.record.closed?.getTime() ?? 0) : 0);
  return at(b) - at(a) || a.label.localeCompare(b.label);
}

/**
 * The groups in view order, each sorted by remaining time (meetings by their start, closed requests
 * the last closed first); empty groups are kept (the view hides them). Without "me", the team's
 * open requests, every meeting to come and every request closed lately show.
 */
export function groupRequests<T>(entries: readonly RecordInput<T>[], options: GroupOptions): RequestGroup<T>[] {
  const { me, now, snoozed } = options;
  const rows: Record<RequestGroupId, RequestRow<T>[]> = {
    overdue: [],
    'needs-my-reply': [],
    'waiting-on-others': [],
    'my-action-items': [],
    github: [],
    'upcoming-meetings': [],
    team: [],
    'recently-closed': [],
  };
  const awake = (key: string) => {
    const until = snoozed.get(key);
    return !until || !isBefore(now, until);
  };
  const mine = (r: RequestRow<T>, group: RequestGroupId) => {
    if (!awake(r.key)) return;
    rows[r.urgency === 'overdue' ? 'overdue' : group].push(r);
  };
  for (const e of entries) {
    const r = e.record;
    if (r.type === 'request' && r.status === 'open') {
      const reqRow = requestRow(e, r, me, now);
      rows.team.push(reqRow);
      // Overdue is overdue for the requester too: it joins Overdue rather than Waiting on others.
      if (me && sameHandle(r.owner, me)) mine(reqRow, 'needs-my-reply');
      else if (me && sameHandle(r.requester, me)) mine(reqRow, 'waiting-on-others');
    }
    const closed = r.type === 'request' ? closedRow(e, r, me, now) : null;
    if (closed) rows['recently-closed'].push(closed);
    const meeting = r.type === 'meeting' ? meetingRow(e, r, me, now) : null;
    if (meeting) rows['upcoming-meetings'].push(meeting);
    if (!me) continue;
    if (r.type === 'meeting') {
      const pre = preReadRow(e, r, me, now);
      if (pre) mine(pre, 'needs-my-reply');
    }
    for (const a of r.actions) {
      if (a.done || !sameHandle(a.owner, me)) continue;
      mine(
        row(
          e,
          now,
          'action',
          { key: actionKey(e.key, a), label: shownText(a.text) || l10n.t('(no text)'), due: a.due, owner: a.owner, action: a },
          'due',
          shownText(r.title),
        ),
        'my-action-items',
      );
    }
  }
  // GitHub items follow the same rules: overdue ones join Overdue, my pull requests wait on others.
  for (const item of options.github?.items ?? []) {
    const r = githubRow(item, options.github!.config, me, now);
    if (item.category !== 'waiting-on-others') mine(r, 'github');
    else if (awake(r.key)) rows['waiting-on-others'].push(r);
  }
  return REQUEST_GROUPS.map((g) => ({
    ...g,
    label: requestGroupLabel(g.id),
    rows: rows[g.id].sort(g.id === 'recently-closed' ? byClosed : byDue),
  }));
}

/**
 * `row:<kind>:<record type>:<status>:<urgency>:<owner|other>` for records and
 * `row:github:<issue|pull-request>:<category>:<urgency>:<owner|other>` for GitHub items, matched
 * by regex when-clauses in package.json.
 */
export function rowContextValue<T>(row: RequestRow<T>, me: string | null): string {
  if (row.kind === 'github') {
    const role = row.github.category === 'waiting-on-others' ? 'other' : 'owner';
    return `row:github:${row.github.kind}:${row.github.category}:${row.urgency ?? 'none'}:${role}`;
  }
  const role = sameHandle(row.owner, me) ? 'owner' : 'other';
  return `row:${row.kind}:${row.record.type}:${row.record.status || 'none'}:${row.urgency ?? 'none'}:${role}`;
}

/** The view badge: what is overdue plus what needs my reply, on GitHub too. */
export function badgeCount<T>(groups: readonly RequestGroup<T>[]): number {
  return groups.filter((g) => g.id === 'overdue' || g.id === 'needs-my-reply' || g.id === 'github').reduce((n, g) => n + g.rows.length, 0);
}

/** When the view must look again by itself: the earliest snooze that ends after `now`. */
export function nextWake(snoozed: ReadonlyMap<string, Date>, now: Date): Date | null {
  let next: Date | null = null;
  for (const until of snoozed.values()) {
    if (isBefore(now, until) && (!next || isBefore(until, next))) next = until;
  }
  return next;
}
