// Times as people read them, one format everywhere a person sees a time (views, tooltips, dialogs,
// messages, the command line's text): "Tue 8 Dec, 10:40" in the reader's zone, with the year only
// when it is not the current one, and another person's zone named only when it differs.
import { wallClock } from './wallClock';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Tue 8 Dec" (with " 2027" when `at` is not in `now`'s year in `zone`). */
export function humanDay(at: Date, zone: string, now: Date): string {
  const w = wallClock(at, zone);
  const [year, month, day] = w.day.split('-');
  const thisYear = wallClock(now, zone).day.slice(0, 4);
  return `${w.weekday} ${Number(day)} ${MONTH_NAMES[Number(month) - 1]}${year === thisYear ? '' : ` ${year}`}`;
}

/** "Tue 8 Dec, 10:40" in `zone`. */
export function humanTime(at: Date, zone: string, now: Date): string {
  return `${humanDay(at, zone, now)}, ${wallClock(at, zone).time}`;
}

/**
 * "Tue 8 Dec, 10:40" in the reader's zone, followed by the other person's wall clock when their
 * zone differs: "Tue 8 Dec, 10:40 (Tue 8 Dec, 18:40 in Asia/Tokyo)".
 */
export function humanTimeFor(at: Date, readerZone: string, otherZone: string | null, now: Date): string {
  const mine = humanTime(at, readerZone, now);
  if (!otherZone || otherZone === readerZone) return mine;
  const theirs = humanTime(at, otherZone, now);
  return theirs === mine ? mine : `${mine} (${theirs} in ${otherZone})`;
}

/**
 * `humanTimeFor` with a note in its parentheses: "Tue 8 Dec, 10:40 (in 3h)", or with the other
 * person's wall clock when it differs, "Tue 8 Dec, 10:40 (in 3h; Tue 8 Dec, 18:40 in Asia/Tokyo)".
 */
export function humanTimeNoted(at: Date, readerZone: string, otherZone: string | null, now: Date, note: string): string {
  const mine = humanTime(at, readerZone, now);
  const theirs = otherZone && otherZone !== readerZone ? humanTime(at, otherZone, now) : mine;
  return theirs === mine ? `${mine} (${note})` : `${mine} (${note}; ${theirs} in ${otherZone})`;
}
