// Times as people read them, one format everywhere a person sees a time (views, tooltips, dialogs,
// messages, the command line's text): "Tue 8 Dec, 10:40" in the reader's zone, with the year only
// when it is not the current one, and another person's zone named only when it differs. Names and
// word order follow the current language ("mar. 8 déc. à 10:40").
import { l10n } from '../common/l10n';
import { monthName } from './calendarNames';
import { wallClock } from './wallClock';

/** "Tue 8 Dec" (with " 2027" when `at` is not in `now`'s year in `zone`). */
export function humanDay(at: Date, zone: string, now: Date): string {
  const w = wallClock(at, zone);
  const [year, month, day] = w.day.split('-');
  const args = [w.weekday, Number(day), monthName(Number(month) - 1)];
  return year === wallClock(now, zone).day.slice(0, 4)
    ? l10n.t({ message: '{0} {1} {2}', args, comment: ['weekday, day and month: Tue 8 Dec'] })
    : l10n.t({ message: '{0} {1} {2} {3}', args: [...args, year], comment: ['weekday, day, month and year: Tue 8 Dec 2027'] });
}

/** "Tue 8 Dec, 10:40" in `zone`. */
export function humanTime(at: Date, zone: string, now: Date): string {
  return l10n.t({
    message: '{0}, {1}',
    args: [humanDay(at, zone, now), wallClock(at, zone).time],
    comment: ['a day and a time: Tue 8 Dec, 10:40'],
  });
}

/**
 * "Tue 8 Dec, 10:40" in the reader's zone, followed by the other person's wall clock when their
 * zone differs: "Tue 8 Dec, 10:40 (Tue 8 Dec, 18:40 in Asia/Tokyo)".
 */
export function humanTimeFor(at: Date, readerZone: string, otherZone: string | null, now: Date): string {
  const mine = humanTime(at, readerZone, now);
  if (!otherZone || otherZone === readerZone) return mine;
  const theirs = humanTime(at, otherZone, now);
  return theirs === mine ? mine : l10n.t('{0} ({1} in {2})', mine, theirs, otherZone);
}

/**
 * `humanTimeFor` with a note in its parentheses: "Tue 8 Dec, 10:40 (in 3h)", or with the other
 * person's wall clock when it differs, "Tue 8 Dec, 10:40 (in 3h; Tue 8 Dec, 18:40 in Asia/Tokyo)".
 */
export function humanTimeNoted(at: Date, readerZone: string, otherZone: string | null, now: Date, note: string): string {
  const mine = humanTime(at, readerZone, now);
  const theirs = otherZone && otherZone !== readerZone ? humanTime(at, otherZone, now) : mine;
  return theirs === mine ? `${mine} (${note})` : l10n.t('{0} ({1}; {2} in {3})', mine, note, theirs, otherZone ?? '');
}
