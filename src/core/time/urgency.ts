// How urgent a due time is (overdue, due today, due soon, later) and how the time left is written
// ("reply in 3h", "2d overdue"). Pure: `now` is always passed in.
import { TZDate } from '@date-fns/tz';
import { differenceInMinutes, endOfDay, isBefore } from 'date-fns';
import { DEFAULT_TIMEZONE } from '../team/config';
import { l10n } from '../common/l10n';

export type Urgency = 'overdue' | 'due-today' | 'due-soon' | 'later';

/** Due within this many hours (and not today) is "due soon". */
export const DUE_SOON_HOURS = 48;

/**
 * Overdue once `due` has passed; due today until the end of the current day in `timeZone` (the
 * owner's, who has to act); due soon within DUE_SOON_HOURS; later otherwise.
 */
export function urgency(due: Date, now: Date, timeZone: string = DEFAULT_TIMEZONE): Urgency {
  if (isBefore(due, now)) return 'overdue';
  if (!isBefore(endOfDay(new TZDate(now.getTime(), timeZone)), due)) return 'due-today';
  if (differenceInMinutes(due, now) < DUE_SOON_HOURS * 60) return 'due-soon';
  return 'later';
}

/** Spans shorter than this many hours are written in hours, longer ones in days. */
const HOURS_SHOWN_UP_TO = 48;

/** "3h", "45m", "2d": whole units, rounded down, never below one minute. */
export function spanText(minutes: number): string {
  const m = Math.abs(minutes);
  if (m < 60) return l10n.t('{0}m', Math.max(1, Math.floor(m)));
  if (m < HOURS_SHOWN_UP_TO * 60) return l10n.t('{0}h', Math.floor(m / 60));
  return l10n.t('{0}d', Math.floor(m / (24 * 60)));
}

/** What falls due: an answer (its reply-by), a due date, or a deadline. */
export type DueWhat = 'reply' | 'due' | 'deadline';

/** "reply in 3h" before `due`, "2d overdue" after it. `what` names what is due ("reply in", "due in", "deadline in"). */
export function remainingText(due: Date, now: Date, what: DueWhat = 'reply'): string {
  const span = spanText(differenceInMinutes(due, now));
  if (isBefore(due, now)) return l10n.t('{0} overdue', span);
  switch (what) {
    case 'reply':
      return l10n.t('reply in {0}', span);
    case 'due':
      return l10n.t('due in {0}', span);
    case 'deadline':
      return l10n.t('deadline in {0}', span);
  }
}
