// Scheduled focus blocks (`asyncWork.focus.schedule`): "mon-fri 09:00-11:00", several rules
// separated by ";", several times per rule: "mon-fri 09:00-11:00 14:00-15:30; sat 10:00-12:00".
// Times are wall-clock times in the user's time zone; a slot ends on the day it starts.
import { TZDate } from '@date-fns/tz';
import { addDays, getDay, isBefore, set, startOfDay } from 'date-fns';
import { WEEKDAYS, type Weekday } from '../team/config';

export interface FocusSlotRule {
  days: Weekday[];
  /** Minutes after local midnight; `end` is after `start`, at most 24:00. */
  start: number;
  end: number;
}

export interface ParsedFocusSchedule {
  rules: FocusSlotRule[];
  /** What could not be read; the rules that could be read still apply. */
  problems: string[];
}

const TIME_RANGE = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;

function readDays(text: string): Weekday[] | null {
  if (text === 'daily') return [...WEEKDAYS];
  const days = new Set<Weekday>();
  for (const part of text.split(',')) {
    const [from, to, extra] = part.split('-') as [string, string | undefined, string | undefined];
    const a = WEEKDAYS.indexOf(from as Weekday);
    const b = to === undefined ? a : WEEKDAYS.indexOf(to as Weekday);
    if (a < 0 || b < 0 || extra !== undefined) return null;
    // A range may wrap past Sunday: fri-mon.
    for (let i = a; ; i = (i + 1) % 7) {
      days.add(WEEKDAYS[i]);
      if (i === b) break;
    }
  }
  return [...days];
}

function readTimeRange(text: string): { start: number; end: number } | null {
  const m = TIME_RANGE.exec(text);
  if (!m) return null;
  const [h1, m1, h2, m2] = m.slice(1).map(Number);
  if (m1 > 59 || m2 > 59) return null;
  const start = h1 * 60 + m1;
  const end = h2 * 60 + m2;
  return start < end && end <= 24 * 60 ? { start, end } : null;
}

export function parseFocusSchedule(raw: string): ParsedFocusSchedule {
  const rules: FocusSlotRule[] = [];
  const problems: string[] = [];
  for (const entry of raw
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [dayText, ...times] = entry.split(/\s+/);
    const days = readDays(dayText);
    const ranges = times.map(readTimeRange);
    if (!days || times.length === 0 || ranges.some((r) => r === null)) {
      problems.push(`"${entry}" is not a focus schedule such as "mon-fri 09:00-11:00".`);
      continue;
    }
    for (const r of ranges) if (r) rules.push({ days, ...r });
  }
  return { rules, problems };
}

/** The scheduled slot `now` falls in, in `zone`; null outside every slot. */
export function scheduledSlot(rules: readonly FocusSlotRule[], now: Date, zone: string): { start: Date; end: Date } | null {
  const local = new TZDate(now.getTime(), zone);
  const midnight = startOfDay(local);
  const weekday = WEEKDAYS[getDay(local)];
  const at = (minutes: number) =>
    minutes === 24 * 60 ? addDays(midnight, 1) : set(midnight, { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
  for (const rule of rules) {
    if (!rule.days.includes(weekday)) continue;
    const start = at(rule.start);
    const end = at(rule.end);
    if (!isBefore(now, start) && isBefore(now, end)) return { start: new Date(start.getTime()), end: new Date(end.getTime()) };
  }
  return null;
}
