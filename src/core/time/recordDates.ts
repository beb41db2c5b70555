// Dates as records write them: read from front matter and free text, and written back on the
// owner's wall clock. A date without a time is the end of that day in the owner's zone.
import { TZDate } from '@date-fns/tz';
import { endOfDay } from 'date-fns';
import { wallClock } from './wallClock';

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

// Time-zone arithmetic goes through Intl and is slow; records name the same few days again and again.
const END_OF_DAY = new Map<string, number>();
const END_OF_DAY_KEPT = 20_000;

export function endOfDayIn(year: number, month: number, day: number, timeZone: string): Date {
  const key = `${year}-${month}-${day} ${timeZone}`;
  let t = END_OF_DAY.get(key);
  if (t === undefined) {
    t = timeZone === 'UTC' ? Date.UTC(year, month, day, 23, 59, 59, 999) : endOfDay(new TZDate(year, month, day, timeZone)).getTime();
    if (END_OF_DAY.size >= END_OF_DAY_KEPT) END_OF_DAY.clear();
    END_OF_DAY.set(key, t);
  }
  return new Date(t);
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m && t.getUTCDate() === d;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** Month names in French, German, Spanish, Portuguese, Italian and Dutch (accents as written and without). */
const MONTH_NAMES: Record<string, number> = Object.fromEntries(
  [
    'janvier januar enero janeiro gennaio januari',
    'février fevrier februar febrero fevereiro febbraio februari',
    'mars märz marz marzo março marco maart',
    'avril abril aprile',
    'mai mayo maio maggio mei',
    'juin juni junio junho giugno',
    'juillet juli julio julho luglio',
    'août aout agosto augustus',
    'septembre septiembre setiembre setembro settembre',
    'octobre oktober octubre outubro ottobre',
    'novembre novembro',
    'décembre decembre dezember diciembre dezembro dicembre',
  ].flatMap((names, month) => names.split(' ').map((n) => [n, month])),
);
const MONTH_NAME = `(${Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

const LOOSE_DATES: [RegExp, (m: RegExpExecArray) => [number, number, number]][] = [
  // 2020-Nov-09
  [new RegExp(`\\b(\\d{4})-${MONTH}-(\\d{1,2})\\b`, 'i'), (m) => [Number(m[1]), MONTHS.indexOf(m[2].toLowerCase()), Number(m[3])]],
  // 9 November 2020, 9 Nov. 2020
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`, 'i'),
    (m) => [Number(m[3]), MONTHS.indexOf(m[2].toLowerCase()), Number(m[1])],
  ],
  // 19 juin 2018, 19. Juni 2018, 19 de junio de 2018, 1er avril 2020
  [
    new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:er|\\.|º)?\\s+(?:de\\s+)?${MONTH_NAME}\\s+(?:de\\s+)?(\\d{4})\\b`, 'iu'),
    (m) => [Number(m[3]), MONTH_NAMES[m[2].toLowerCase()] ?? -1, Number(m[1])],
  ],
  // November 9, 2020
  [
    new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    (m) => [Number(m[3]), MONTHS.indexOf(m[1].toLowerCase()), Number(m[2])],
  ],
  // 05/02/2018, 10/04/18, 09.04.2018: day first, as outside the US, unless the day cannot be one.
  [
    /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/,
    (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      return b > 12 && a <= 12 ? [year, a - 1, b] : [year, b - 1, a];
    },
  ],
];

/**
 * Reads a date as decision records write it: ISO (`2026-12-10`, with or without a time), or the
 * first date in free text such as `2020-Nov-09`, `05/02/2018` (day first), `9 November 2020`.
 * A day alone is the end of that day in `timeZone`. Null when there is no date.
 */
export function parseLooseDate(value: unknown, timeZone: string): Date | null {
  const exact = parseRecordDate(value, timeZone);
  if (exact || typeof value !== 'string') return exact;
  const iso = /\b(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?![\d-])/.exec(value);
  if (iso) return parseRecordDate(iso[1], timeZone);
  for (const [re, read] of LOOSE_DATES) {
    const m = re.exec(value);
    if (!m) continue;
    const [y, mo, d] = read(m);
    return validDay(y, mo, d) ? endOfDayIn(y, mo, d, timeZone) : null;
  }
  return null;
}

/** A date-time as records write it: local time in the owner's zone with its offset. */
export function formatRecordDateTime(date: Date, timeZone: string): string {
  const w = wallClock(date, timeZone);
  return `${w.day}T${w.timeWithSeconds}${w.offset === '+00:00' ? 'Z' : w.offset}`;
}

/** A day as records write it (the end of that day in the owner's zone). */
export function formatRecordDay(date: Date, timeZone: string): string {
  return wallClock(date, timeZone).day;
}
