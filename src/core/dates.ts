// Dates as records write them. A date without a time is the end of that day in the owner's zone.
import { TZDate } from '@date-fns/tz';
import { endOfDay } from 'date-fns';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads `2026-12-10` (end of that day in `timeZone`) or an ISO date-time (without an offset it is
 * read in `timeZone`). YAML may already have turned the value into a Date. Anything else is null.
 */
export function parseRecordDate(value: unknown, timeZone: string): Date | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    // YAML reads a bare date as midnight UTC: that day, ending in the owner's zone.
    if (value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0) {
      return endOfDayIn(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate(), timeZone);
    }
    return value;
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  const d = ISO_DATE.exec(s);
  if (d) {
    const [y, m, day] = [Number(d[1]), Number(d[2]) - 1, Number(d[3])];
    if (!validDay(y, m, day)) return null;
    return endOfDayIn(y, m, day, timeZone);
  }
  if (ISO_DATE_TIME.test(s)) {
    const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/.test(s);
    const t = hasOffset ? new Date(s.replace(' ', 'T')) : wallClockIn(s, timeZone);
    return Number.isNaN(t.getTime()) ? null : new Date(t.getTime());
  }
  return null;
}

/** `2026-12-10T15:00` read on the wall clock of `timeZone` (TZDate would read a string in the system zone). */
function wallClockIn(s: string, timeZone: string): Date {
  const [y, mo, d, h, mi, sec] = s.split(/[-T :.]/).map(Number);
  if (!validDay(y, mo - 1, d) || h > 23 || mi > 59 || (sec ?? 0) > 59) return new Date(NaN);
  return new TZDate(y, mo - 1, d, h, mi, sec ?? 0, timeZone);
}

export function endOfDayIn(year: number, month: number, day: number, timeZone: string): Date {
  return new Date(endOfDay(new TZDate(year, month, day, timeZone)).getTime());
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m && t.getUTCDate() === d;
}
