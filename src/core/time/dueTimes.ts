// When a record's clock runs out under the team configuration, on its owner's clock: a request's
// reply-by (`reply-within`), the end of a decision's comment window (`comment-period`) and a
// meeting's pre-read due (`pre-read-before`). Pure: every time is passed in.
import { TZDate } from '@date-fns/tz';
import { addDays, addMilliseconds } from 'date-fns';
import type { TeamConfig } from '../team/config';
import { scheduleFor } from '../team/members';
import { addWorkingTime, MS, subtractWorkingTime } from './workingTime';

/** The reply-by the team's reply-within gives a request created at `created` for `owner`. */
export function defaultReplyBy(created: Date, config: TeamConfig, owner: string | null): Date | null {
  return addWorkingTime(created, config.replyWithin, scheduleFor(config, owner));
}

/**
 * The end of a decision's comment window opened at `from`. `7d` is a calendar week (a comment
 * period is read by people in every zone, on their own days); a period written in business days
 * or hours runs on the owner's working clock like a reply-within.
 */
export function addCommentPeriod(from: Date, config: TeamConfig, owner: string | null): Date | null {
  const period = config.commentPeriod;
  const schedule = scheduleFor(config, owner);
  if (period.unit === 'businessDays' || period.unit === 'businessHours') return addWorkingTime(from, period, schedule);
  if (period.unit === 'days' && Number.isInteger(period.amount)) {
    // Whole days keep the local time; many records open their window on the same few days.
    const key = `${from.getTime()} ${schedule.timeZone} ${period.amount}`;
    let t = DAYS_LATER.get(key);
    if (t === undefined) {
      t = addDays(new TZDate(from.getTime(), schedule.timeZone), period.amount).getTime();
      if (DAYS_LATER.size >= DAYS_LATER_KEPT) DAYS_LATER.clear();
      DAYS_LATER.set(key, t);
    }
    return new Date(t);
  }
  return addMilliseconds(from, period.amount * MS[period.unit]);
}

const DAYS_LATER = new Map<string, number>();
const DAYS_LATER_KEPT = 20_000;

/** When a meeting's pre-read is due: the meeting minus `pre-read-before` on the owner's clock. */
export function preReadDue(meetingDate: Date, config: TeamConfig, owner: string | null): Date | null {
  return subtractWorkingTime(meetingDate, config.preReadBefore, scheduleFor(config, owner));
}
