// The reply clock of a GitHub item: the team's reply-within from when the wait started, on the working
// clock of whoever has to act. Pure: `now` is passed in.
import type { TeamConfig } from '../team/config';
import { scheduleFor } from '../team/members';
import { urgency, type Urgency } from '../time/urgency';
import { addWorkingTime } from '../time/workingTime';
import type { GithubItem } from './inbox';

export interface GithubClock {
  replyBy: Date | null;
  urgency: Urgency | null;
  /** Whose working clock runs: mine, or the first reviewer's for my pull requests. */
  owner: string | null;
}

/** The reply clock of an item: the team's reply-within from when the wait started, on the owner's working clock. */
export function githubClock(item: GithubItem, config: TeamConfig, me: string | null, now: Date): GithubClock {
  const owner = item.category === 'waiting-on-others' ? (item.reviewers.find((r) => !r.includes('/')) ?? null) : me;
  const schedule = scheduleFor(config, owner);
  const since = new Date(item.since);
  const replyBy = Number.isNaN(since.getTime()) ? null : addWorkingTime(since, config.replyWithin, schedule);
  return { replyBy, urgency: replyBy ? urgency(replyBy, now, schedule.timeZone) : null, owner };
}
