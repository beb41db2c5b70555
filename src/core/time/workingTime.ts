// Working time: a person's working days and hours, a team duration added or taken away on them,
// their local time and their next working morning. Pure: `now` is always passed in, and every
// calculation runs in the owner's time zone with date-fns.
//
// How a team's durations count (PRODUCT §2 `reply-within`, `pre-read-before`):
// - minutes, hours and days run only on the owner's working days (whole days, midnight to
//   midnight): "24h" asked on a Friday afternoon is due on Monday afternoon. Weekends and the
//   team's `holidays` stop the clock.
// - business hours run only inside the owner's working hours on working days.
// - business days (and whole days) step from working day to working day at the same local time,
//   so a change of daylight saving time never shifts a reply-by by an hour.
import { TZDate } from '@date-fns/tz';
import { addDays, addMilliseconds, getDay, set, startOfDay } from 'date-fns';
import { WEEKDAYS, type Duration, type Weekday } from '../team/config';
import type { WorkSchedule } from '../team/members';
import { wallClock } from './wallClock';

/** Searching further than this for working time means the schedule has none (every day a holiday). */
const MAX_DAYS_SEARCHED = 3660;
/** Milliseconds in one unit of a duration that runs as elapsed time. */
export const MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;

export function isWorkingDay(day: Date, schedule: WorkSchedule): boolean {
  return isWorkingLocalDay(localDay(startOfDay(new TZDate(day.getTime(), schedule.timeZone)).getTime(), schedule.timeZone), schedule);
}

/** One local day of a zone: its midnight, its neighbours' midnights, and its name. */
interface LocalDay {
  zone: string;
  start: number;
  next: number;
  previous: number;
  weekday: Weekday;
  ymd: string;
  /** Instants of minutes after midnight, computed on demand. */
  minutes: Map<number, number>;
}

// Time-zone arithmetic goes through Intl and is slow; reply clocks walk the same few days again and again.
const LOCAL_DAYS = new Map<string, LocalDay>();
const LOCAL_DAYS_KEPT = 20_000;

/** The local day that starts at `midnight` (an instant that is midnight in `zone`). */
function localDay(midnight: number, zone: string): LocalDay {
  const key = `${zone} ${midnight}`;
  let day = LOCAL_DAYS.get(key);
  if (!day) {
    const d = new TZDate(midnight, zone);
    day = {
      zone,
      start: midnight,
      next: addDays(d, 1).getTime(),
      previous: addDays(d, -1).getTime(),
      weekday: WEEKDAYS[getDay(d)],
      ymd: wallClock(d, zone).day,
      minutes: new Map(),
    };
    if (LOCAL_DAYS.size >= LOCAL_DAYS_KEPT) LOCAL_DAYS.clear();
    LOCAL_DAYS.set(key, day);
  }
  return day;
}

function localDayOf(instant: number, zone: string): LocalDay {
  return localDay(startOfDay(new TZDate(instant, zone)).getTime(), zone);
}

function isWorkingLocalDay(day: LocalDay, schedule: WorkSchedule): boolean {
  return schedule.workingDays.includes(day.weekday) && !schedule.holidays.includes(day.ymd);
}

/** The instant `minutes` after the day's midnight on the wall clock (past 24:00 runs into the next day). */
function atMinute(day: LocalDay, minutes: number): number {
  let t = day.minutes.get(minutes);
  if (t === undefined) {
    const base = minutes >= 24 * 60 ? addDays(new TZDate(day.start, day.zone), 1) : new TZDate(day.start, day.zone);
    const m = minutes % (24 * 60);
    t = set(base, { hours: Math.floor(m / 60), minutes: m % 60, seconds: 0, milliseconds: 0 }).getTime();
    day.minutes.set(minutes, t);
  }
  return t;
}

/** The time of a day that counts on the clock, or null on a day off. */
function countableSpan(day: LocalDay, schedule: WorkSchedule, onlyWorkingHours: boolean): [number, number] | null {
  if (!isWorkingLocalDay(day, schedule)) return null;
  if (!onlyWorkingHours) return [day.start, day.next];
  const { start, end } = schedule.hours;
  return [atMinute(day, start), atMinute(day, end > start ? end : end + 24 * 60)];
}

/** Walks `ms` of countable time from `from`, forwards (1) or backwards (-1); null if there is none. */
function walkClock(from: Date, ms: number, schedule: WorkSchedule, onlyWorkingHours: boolean, direction: 1 | -1): Date | null {
  let remaining = ms;
  const cursor = from.getTime();
  const zone = schedule.timeZone;
  const today = localDayOf(cursor, zone);
  // Start a day early: a shift past midnight that began yesterday may still be running.
  let day = localDay(direction > 0 ? today.previous : today.next, zone);
  for (let i = 0; i < MAX_DAYS_SEARCHED; i++, day = localDay(direction > 0 ? day.next : day.previous, zone)) {
    const span = countableSpan(day, schedule, onlyWorkingHours);
    if (!span) continue;
    const [a, b] = span;
    if (direction > 0) {
      const start = Math.max(a, cursor);
      if (start >= b) continue;
      if (remaining <= b - start) return addMilliseconds(start, remaining);
      remaining -= b - start;
    } else {
      const end = Math.min(b, cursor);
      if (end <= a) continue;
      if (remaining <= end - a) return addMilliseconds(end, -remaining);
      remaining -= end - a;
    }
  }
  return null;
}

/** Steps `count` working days from `from`, keeping the local time of day. */
function stepWorkingDays(from: Date, count: number, schedule: WorkSchedule, direction: 1 | -1): Date | null {
  let day = new TZDate(from.getTime(), schedule.timeZone);
  let counted = 0;
  for (let i = 0; i < MAX_DAYS_SEARCHED && counted < count; i++) {
    day = addDays(day, direction);
    if (isWorkingDay(day, schedule)) counted++;
  }
  return counted < count ? null : new Date(day.getTime());
}

function shift(from: Date, duration: Duration, schedule: WorkSchedule, direction: 1 | -1): Date | null {
  if (duration.amount <= 0) return from;
  switch (duration.unit) {
    case 'businessHours':
      return walkClock(from, duration.amount * MS.hours, schedule, true, direction);
    case 'days':
    case 'businessDays':
      if (Number.isInteger(duration.amount)) return stepWorkingDays(from, duration.amount, schedule, direction);
      return walkClock(from, duration.amount * MS.days, schedule, false, direction);
    case 'hours':
    case 'minutes':
      return walkClock(from, duration.amount * MS[duration.unit], schedule, false, direction);
  }
}

/** `from` plus a team duration on the owner's working clock; null when the schedule has no working time. */
export function addWorkingTime(from: Date, duration: Duration, schedule: WorkSchedule): Date | null {
  return shift(from, duration, schedule, 1);
}

/** `from` minus a team duration on the owner's working clock (a meeting's pre-read due). */
export function subtractWorkingTime(from: Date, duration: Duration, schedule: WorkSchedule): Date | null {
  return shift(from, duration, schedule, -1);
}

export interface LocalTime {
  /** `14:05` */
  time: string;
  /** `Wed` */
  weekday: string;
  /** `yyyy-MM-dd` */
  date: string;
  timeZone: string;
  /** `+01:00` */
  offset: string;
  /** Inside the owner's working hours on one of their working days. */
  working: boolean;
}

/** Someone's local time at `now`, and whether they are at work (for tooltips). */
export function localTime(now: Date, schedule: WorkSchedule): LocalTime {
  const local = wallClock(now, schedule.timeZone);
  const today = localDayOf(now.getTime(), schedule.timeZone);
  const t = now.getTime();
  const working = [localDay(today.previous, schedule.timeZone), today].some((day) => {
    const span = countableSpan(day, schedule, true);
    return span !== null && span[0] <= t && t < span[1];
  });
  return {
    time: local.time,
    weekday: local.weekday,
    date: local.day,
    timeZone: schedule.timeZone,
    offset: local.offset,
    working,
  };
}

/** The start of working hours on the next working day after `now` (to snooze until tomorrow morning). */
export function nextWorkingMorning(now: Date, schedule: WorkSchedule): Date | null {
  let day = localDayOf(now.getTime(), schedule.timeZone);
  for (let i = 0; i < MAX_DAYS_SEARCHED; i++) {
    day = localDay(day.next, schedule.timeZone);
    if (isWorkingLocalDay(day, schedule)) return new Date(atMinute(day, schedule.hours.start));
  }
  return null;
}
