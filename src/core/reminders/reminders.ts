// The extension's own reminders (PRODUCT §5): a request of mine whose reply-by has passed, a
// decision of mine whose comment window has closed, a new review request on GitHub. Pure: the
// caller says which span of time to look at, so each reminder is given once.
import { isBefore } from 'date-fns';
import type { GithubItem } from '../github/inbox';
import type { ReminderKind } from './held';
import { sameHandle } from '../team/handles';
import { shownText } from '../common/text';
import { l10n } from '../common/l10n';
import type { AsyncRecord, PageRecord } from '../records/types';
import type { TeamConfig } from '../team/config';
import { isMe } from '../handbook/ownership';
import { dayLabel } from '../handbook/review';
import { endOfDayIn } from '../time/recordDates';

export interface Reminder {
  kind: ReminderKind;
  /** What it is about (a record, a pull request): the same reminder is given once. */
  key: string;
  message: string;
}

/** Whether `at` falls in (since, now]. */
function between(at: Date | null, since: Date, now: Date): at is Date {
  return at !== null && isBefore(since, at) && !isBefore(now, at);
}

/** Reminders for what happened to my records after `since` and up to `now`. */
export function recordReminders(
  records: readonly { key: string; record: AsyncRecord }[],
  me: string | null,
  since: Date,
  now: Date,
): Reminder[] {
  if (!me) return [];
  const out: Reminder[] = [];
  for (const { key, record: r } of records) {
    if (r.type === 'page' || !sameHandle(r.owner, me)) continue;
    if (r.type === 'request' && r.status === 'open' && between(r.replyBy, since, now)) {
      out.push({ kind: 'request-overdue', key, message: l10n.t('Reply overdue: "{0}" was due for your reply.', shownText(r.title)) });
    }
    if (r.type === 'decision' && r.status === 'proposed' && between(r.commentsUntil, since, now)) {
      out.push({
        kind: 'decision-window-closed',
        key,
        message: l10n.t('The comment window of "{0}" has closed: it is ready to decide.', shownText(r.title)),
      });
    }
  }
  return out;
}

/** A page to remind of: its owners and the zone its days are counted in. */
export interface PageToRemind {
  key: string;
  record: PageRecord;
  owners: readonly string[];
  zone: string;
  config: TeamConfig;
}

/**
 * Pages of mine whose review date passed after `since` and up to `now`: a page is overdue from
 * the first moment of the day after its review date, on its owner's calendar.
 */
export function pageReminders(pages: readonly PageToRemind[], me: string | null, since: Date, now: Date): Reminder[] {
  if (!me) return [];
  const out: Reminder[] = [];
  for (const p of pages) {
    if (!p.record.reviewBy || !p.owners.some((o) => isMe(o, me, p.config))) continue;
    const [y, m, d] = p.record.reviewBy.split('-').map(Number);
    const overdueFrom = new Date(endOfDayIn(y, m - 1, d, p.zone).getTime() + 1);
    if (between(overdueFrom, since, now)) {
      out.push({
        kind: 'page-review-overdue',
        key: p.key,
        message: l10n.t(
          'Review overdue: the page "{0}" was due for review on {1}.',
          shownText(p.record.title),
          dayLabel(p.record.reviewBy),
        ),
      });
    }
  }
  return out;
}

const REVIEW_CATEGORIES = new Set<GithubItem['category']>(['review-requested', 'team-review-requested']);

export function githubKey(item: GithubItem): string {
  return `${item.repo}#${item.number}`;
}

/** Review requests among `items` that were not among the items seen before. */
export function newReviewRequests(seen: ReadonlySet<string>, items: readonly GithubItem[]): Reminder[] {
  return items
    .filter((i) => REVIEW_CATEGORIES.has(i.category) && !seen.has(githubKey(i)))
    .map((i) => ({
      kind: 'review-request',
      key: githubKey(i),
      message: l10n.t('Review requested: {0} "{1}".', `${shownText(i.repo)}#${i.number}`, shownText(i.title)),
    }));
}
