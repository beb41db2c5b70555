// The extension's own reminders (PRODUCT §5): a request of mine whose reply-by has passed, a
// decision of mine whose comment window has closed, a new review request on GitHub. Pure: the
// caller says which span of time to look at, so each reminder is given once.
import { isBefore } from 'date-fns';
import type { GithubItem } from '../github/inbox';
import type { ReminderKind } from './held';
import { sameHandle } from '../team/handles';
import { shownText } from '../common/text';
import type { AsyncRecord } from '../records/types';

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
    if (!sameHandle(r.owner, me)) continue;
    if (r.type === 'request' && r.status === 'open' && between(r.replyBy, since, now)) {
      out.push({ kind: 'request-overdue', key, message: `Reply overdue: "${shownText(r.title)}" was due for your reply.` });
    }
    if (r.type === 'decision' && r.status === 'proposed' && between(r.commentsUntil, since, now)) {
      out.push({
        kind: 'decision-window-closed',
        key,
        message: `The comment window of "${shownText(r.title)}" has closed: it is ready to decide.`,
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
      message: `Review requested: ${shownText(i.repo)}#${i.number} "${shownText(i.title)}".`,
    }));
}
