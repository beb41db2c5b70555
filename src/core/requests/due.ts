// When an open request is due, decided in one place for the Requests view, its tooltip, the badge,
// the problems and the command line: of its reply-by and its deadline, the earlier one. A request
// whose deadline has passed is overdue even when its reply-by is still ahead. Pure: `now` is passed in.
import { differenceInMinutes, isBefore } from 'date-fns';
import type { RequestRecord } from '../records/types';
import { humanTimeNoted } from '../time/humanTime';
import { spanText } from '../time/urgency';
import { l10n } from '../common/l10n';

export type DueKind = 'reply-by' | 'deadline';

export interface DueState {
  kind: DueKind;
  at: Date;
  overdue: boolean;
}

type Clocks = Pick<RequestRecord, 'status' | 'replyBy' | 'deadline'>;

/** The reply-by and the deadline of an open request that are set, earliest first; none when it is closed. */
export function dueClocks(r: Clocks, now: Date): DueState[] {
  if (r.status !== 'open') return [];
  const clocks: DueState[] = [];
  if (r.replyBy) clocks.push({ kind: 'reply-by', at: r.replyBy, overdue: isBefore(r.replyBy, now) });
  if (r.deadline) clocks.push({ kind: 'deadline', at: r.deadline, overdue: isBefore(r.deadline, now) });
  return clocks.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** What an open request waits for first: the earlier of its reply-by and deadline, or null. */
export function requestDue(r: Clocks, now: Date): DueState | null {
  return dueClocks(r, now)[0] ?? null;
}

/** "in 3h" before `at`, "27h overdue" after it. */
export function leftText(at: Date, now: Date): string {
  const span = spanText(differenceInMinutes(at, now));
  return isBefore(at, now) ? l10n.t('{0} overdue', span) : l10n.t('in {0}', span);
}

/**
 * "Tue 24 Nov, 09:00 (27h overdue)" in the reader's zone, with the other person's wall clock when
 * their zone differs: "Tue 24 Nov, 09:00 (in 3h; Tue 24 Nov, 17:00 in Asia/Tokyo)".
 */
export function dueText(at: Date, now: Date, readerZone: string, otherZone: string | null): string {
  return humanTimeNoted(at, readerZone, otherZone, now, leftText(at, now));
}
