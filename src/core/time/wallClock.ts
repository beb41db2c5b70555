// A moment as the wall clock of a time zone shows it: day, time, offset and weekday.
import { TZDate } from '@date-fns/tz';
import { weekdayName } from './calendarNames';

export interface WallClock {
  /** `2026-11-25` */
  day: string;
  /** `14:05` */
  time: string;
  /** `14:05:09` */
  timeWithSeconds: string;
  /** `+01:00`, `-03:00`, `+00:00` */
  offset: string;
  /** `Wed`, in the current language */
  weekday: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A moment as the wall clock of `timeZone` shows it. Written out here rather than with date-fns'
 * `format`, which would bring its whole English locale into the bundle for these few fields.
 */
export function wallClock(date: Date, timeZone: string): WallClock {
  const t = new TZDate(date.getTime(), timeZone);
  const minutesEast = -t.getTimezoneOffset();
  const abs = Math.abs(minutesEast);
  const time = `${pad(t.getHours())}:${pad(t.getMinutes())}`;
  return {
    day: `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`,
    time,
    timeWithSeconds: `${time}:${pad(t.getSeconds())}`,
    offset: `${minutesEast < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`,
    weekday: weekdayName(t.getDay()),
  };
}
