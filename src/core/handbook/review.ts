// When a handbook page is due for review. A review is a calendar day on the owner's clock
// (`last-reviewed: 2026-03-14`), the next one falls `review-every` later, and "today" is the
// owner's day too: days are counted on the calendar, never from an edit or from git history.
import { l10n } from '../common/l10n';
import { monthName } from '../time/calendarNames';
import { wallClock } from '../time/wallClock';
import type { ReviewInterval } from '../records/types';

export const DEFAULT_REVIEW_EVERY: ReviewInterval = { amount: 6, unit: 'months', raw: '6 months' };

/** A review due within this many days is due soon (My pages to review). */
export const REVIEW_DUE_SOON_DAYS = 14;

/** The longest interval of each unit: five years. */
export const MAX_REVIEW_EVERY: Record<ReviewInterval['unit'], number> = { days: 1826, weeks: 260, months: 60, years: 5 };

const INTERVAL = /^([1-9]\d{0,3})\s*(d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)$/i;

/** `6 months`, `1 year`, `2 weeks`, `90 days`, `3mo`; `m` is refused (minutes elsewhere in the team configuration). */
export function parseReviewInterval(raw: string): ReviewInterval | null {
  if (raw.length > 40) return null;
  const m = INTERVAL.exec(raw.trim());
  if (!m) return null;
  const amount = Number(m[1]);
  const u = m[2].toLowerCase();
  const unit: ReviewInterval['unit'] = u.startsWith('d') ? 'days' : u.startsWith('w') ? 'weeks' : u.startsWith('mo') ? 'months' : 'years';
  if (amount < 1 || amount > MAX_REVIEW_EVERY[unit]) return null;
  return { amount, unit, raw: raw.trim() };
}

/** What a review interval that cannot be read is told. */
export function reviewIntervalHint(key: string, raw: string): string {
  return l10n.t(
    '{0}: "{1}" is not a review interval; write for example 6 months, 1 year or 90 days (at most 5 years).',
    key,
    raw.slice(0, 40),
  );
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Review days are read between these years: `Date.UTC` reads 0050 as 1950, and a review five years after 9999 has no four-digit year. */
export const REVIEW_YEARS = { first: 1900, last: 2999 } as const;

function parts(day: string): [number, number, number] | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < REVIEW_YEARS.first || y > REVIEW_YEARS.last + 5 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return [y, mo, d];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dayText = (y: number, mo: number, d: number) => `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;

/** Whether `text` is a calendar day written `yyyy-MM-dd` (2026-02-30 is not). */
export function isCalendarDay(text: string): boolean {
  return parts(text) !== null;
}

/** A review date from a front-matter value: a day from 1900 to 2999, or a YAML date the yaml library read; null when it is neither. */
export function readReviewDay(value: unknown): string | null {
  const day =
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? ''
        : value.toISOString().slice(0, 10)
      : typeof value === 'string'
        ? value.trim()
        : '';
  return isCalendarDay(day) && Number(day.slice(0, 4)) <= REVIEW_YEARS.last ? day : null;
}

/**
 * The day `interval` after `day`. Months and years keep the day of the month, or take the month's
 * last day when it has fewer (31 Aug + 6 months = 28 Feb, or 29 in a leap year).
 */
export function addInterval(day: string, interval: ReviewInterval): string {
  const p = parts(day);
  if (!p) throw new Error(`not a day: ${day}`);
  const [y, mo, d] = p;
  if (interval.unit === 'days' || interval.unit === 'weeks') {
    const at = new Date(Date.UTC(y, mo - 1, d + interval.amount * (interval.unit === 'weeks' ? 7 : 1)));
    return dayText(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
  }
  const months = mo - 1 + interval.amount * (interval.unit === 'years' ? 12 : 1);
  const year = y + Math.floor(months / 12);
  const month = (months % 12) + 1;
  return dayText(year, month, Math.min(d, daysInMonth(year, month)));
}

// Pages name few distinct days: each is turned into a day number once.
const dayNumbers = new Map<string, number>();

function dayNumber(day: string): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    const p = parts(day);
    if (!p) throw new Error(`not a day: ${day}`);
    n = Math.round(Date.UTC(p[0], p[1] - 1, p[2]) / 86_400_000);
    if (dayNumbers.size >= 20_000) dayNumbers.clear();
    dayNumbers.set(day, n);
  }
  return n;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The day it is now in `zone`. */
export function dayIn(now: Date, zone: string): string {
  return wallClock(now, zone).day;
}

export type ReviewState = 'never-reviewed' | 'overdue' | 'due-soon' | 'fresh';

export interface Review {
  state: ReviewState;
  /** Days until the review is due (negative: days overdue), or null when the page was never reviewed. */
  daysLeft: number | null;
}

/** Where a page stands, on the calendar of the day `today` (the owner's). */
export function reviewOf(reviewBy: string | null, today: string): Review {
  if (reviewBy === null) return { state: 'never-reviewed', daysLeft: null };
  const daysLeft = daysBetween(today, reviewBy);
  return { state: daysLeft < 0 ? 'overdue' : daysLeft <= REVIEW_DUE_SOON_DAYS ? 'due-soon' : 'fresh', daysLeft };
}

/** `14 Mar 2026`. */
export function dayLabel(day: string): string {
  const p = parts(day);
  return p
    ? l10n.t({ message: '{0} {1} {2}', args: [p[2], monthName(p[1] - 1), p[0]], comment: ['day, month and year: 14 Mar 2026'] })
    : day;
}

/** "review due in 12 days", "review due today", "review 3 days overdue", "never reviewed". */
export function reviewText(review: Review): string {
  const n = review.daysLeft;
  if (n === null) return l10n.t('never reviewed');
  if (n === 0) return l10n.t('review due today');
  if (n === 1) return l10n.t('review due tomorrow');
  if (n > 0) return l10n.t('review due in {0} days', n);
  return n === -1 ? l10n.t('review 1 day overdue') : l10n.t('review {0} days overdue', -n);
}
