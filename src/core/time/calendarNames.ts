// Weekday and month names as people read them, in the current language: the English ones written
// out here (date-fns' English locale would be bundled for these few words), any other language's
// from its date-fns locale.
import type { Day, Month } from 'date-fns';
import { currentLanguage } from '../common/l10n';

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Wed` (`mer.` in French) for day 3, Sunday being 0. */
export function weekdayName(day: number): string {
  const locale = currentLanguage().locale;
  return locale ? locale.localize.day(day as Day, { width: 'abbreviated' }) : WEEKDAY_NAMES[day];
}

/** `Dec` (`déc.` in French) for month 11, January being 0. */
export function monthName(month: number): string {
  const locale = currentLanguage().locale;
  return locale ? locale.localize.month(month as Month, { width: 'abbreviated' }) : MONTH_NAMES[month];
}
