// The rows of `async-work inbox` (PRODUCT §7): GitHub items with their reply clocks, soonest
// reply-by first, with times as ISO strings. Pure: `now` is passed in.
import type { TeamConfig } from '../team/config';
import type { Urgency } from '../time/urgency';
import type { GithubCategory, GithubItem } from './inbox';
import { githubClock } from './replyClock';

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
