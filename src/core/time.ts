// Reply clocks: when a reply is due, how urgent it is, and the owner's local time. Pure: `now` is
// always passed in, and every calculation runs in the owner's time zone with date-fns.
//
// How a team's durations count (PRODUCT §2 `reply-within`, `pre-read-before`):
// - minutes, hours and days run only on the owner's working days (whole days, midnight to
//   midnight): "24h" asked on a Friday afternoon is due on Monday afternoon. Weekends and the
//   team's `holidays` stop the clock.
// - business hours run only inside the owner's working hours on working days.
// - business days (and whole days) step from working day to working day at the same local time,
//   so a change of daylight saving time never shifts a reply-by by an hour.
import { TZDate } from '@date-fns/tz';
import {
  addDays,
  addMilliseconds,
  differenceInMinutes,
  endOfDay,
  format,
  getDay,
  isBefore,
  set,
  startOfDay,
} from 'date-fns';
import { DEFAULT_HOURS, DEFAULT_TIMEZONE, WEEKDAYS, type Duration, type TeamConfig, type Weekday } from './config';

export interface WorkSchedule {
  timeZone: string;
  workingDays: readonly Weekday[];
  /** Minutes after local midnight; `end` before `start` is a shift that runs past midnight. */
  hours: { start: number; end: number };
  /** `yyyy-MM-dd` days off in the owner's zone. */
  holidays: readonly string[];
}

/** The schedule of a team member, or the team defaults for someone not in the team list. */
export function scheduleFor(config: TeamConfig, handle: string | null): WorkSchedule {
  const member = handle ? config.team.find((m) => m.handle.toLowerCase() === handle.toLowerCase()) : undefined;
  return {
    timeZone: member?.timezone ?? DEFAULT_TIMEZONE,
    workingDays: config.workingDays,
    hours: member?.hours ?? DEFAULT_HOURS,
    holidays: config.holidays,
  };
}

/** Searching further than this for working time means the schedule has none (every day a holiday). */
const MAX_DAYS_SEARCHED = 3660;
const MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;

export function isWorkingDay(day: Date, schedule: WorkSchedule): boolean {
  const local = new TZDate(day.getTime(), schedule.timeZone);
  return schedule.workingDays.includes(WEEKDAYS[getDay(local)]) && !schedule.holidays.includes(format(local, 'yyyy-MM-dd'));
}

function atMinute(day: TZDate, minutes: number): TZDate {
  const base = minutes >= 24 * 60 ? addDays(day, 1) : day;
  const m = minutes % (24 * 60);
  return set(base, { hours: Math.floor(m / 60), minutes: m % 60, seconds: 0, milliseconds: 0 });
}

/** The time of `day` (a local midnight) that counts on the clock, or null on a day off. */
function countableSpan(midnight: Date, schedule: WorkSchedule, onlyWorkingHours: boolean): [number, number] | null {
  if (!isWorkingDay(midnight, schedule)) return null;
  const day = new TZDate(midnight.getTime(), schedule.timeZone);
  if (!onlyWorkingHours) return [day.getTime(), addDays(day, 1).getTime()];
  const { start, end } = schedule.hours;
  return [atMinute(day, start).getTime(), atMinute(day, end > start ? end : end + 24 * 60).getTime()];
}

/** Walks `ms` of countable time from `from`, forwards (1) or backwards (-1); null if there is none. */
function walkClock(from: Date, ms: number, schedule: WorkSchedule, onlyWorkingHours: boolean, direction: 1 | -1): Date | null {
  let remaining = ms;
  const cursor = from.getTime();
  // Start a day early: a shift past midnight that began yesterday may still be running.
  let day = addDays(startOfDay(new TZDate(cursor, schedule.timeZone)), -direction);
  for (let i = 0; i < MAX_DAYS_SEARCHED; i++, day = addDays(day, direction)) {
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

/** The reply-by the team's SLA gives a request created at `created` for `owner`. */
export function defaultReplyBy(created: Date, config: TeamConfig, owner: string | null): Date | null {
  return addWorkingTime(created, config.replyWithin, scheduleFor(config, owner));
}

/** When a meeting's pre-read is due: the meeting minus `pre-read-before` on the owner's clock. */
export function preReadDue(meetingDate: Date, config: TeamConfig, owner: string | null): Date | null {
  return subtractWorkingTime(meetingDate, config.preReadBefore, scheduleFor(config, owner));
}

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
  if (m < 60) return `${Math.max(1, Math.floor(m))}m`;
  if (m < HOURS_SHOWN_UP_TO * 60) return `${Math.floor(m / 60)}h`;
  return `${Math.floor(m / (24 * 60))}d`;
}

/** "reply in 3h" before `due`, "2d overdue" after it. `verb` names what is due ("reply", "due"). */
export function remainingText(due: Date, now: Date, verb = 'reply'): string {
  const span = spanText(differenceInMinutes(due, now));
  return isBefore(due, now) ? `${span} overdue` : `${verb} in ${span}`;
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
  const local = new TZDate(now.getTime(), schedule.timeZone);
  const today = startOfDay(local);
  const t = now.getTime();
  const working = [addDays(today, -1), today].some((day) => {
    const span = countableSpan(day, schedule, true);
    return span !== null && span[0] <= t && t < span[1];
  });
  return {
    time: format(local, 'HH:mm'),
    weekday: format(local, 'EEE'),
    date: format(local, 'yyyy-MM-dd'),
    timeZone: schedule.timeZone,
    offset: format(local, 'xxx'),
    working,
  };
}

/** The start of working hours on the next working day after `now` (to snooze until tomorrow morning). */
export function nextWorkingMorning(now: Date, schedule: WorkSchedule): Date | null {
  let day = startOfDay(new TZDate(now.getTime(), schedule.timeZone));
  for (let i = 0; i < MAX_DAYS_SEARCHED; i++) {
    day = addDays(day, 1);
    if (isWorkingDay(day, schedule)) return new Date(atMinute(new TZDate(day.getTime(), schedule.timeZone), schedule.hours.start).getTime());
  }
  return null;
}
