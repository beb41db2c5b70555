import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import {
  addInterval,
  dayIn,
  dayLabel,
  daysBetween,
  isCalendarDay,
  MAX_REVIEW_EVERY,
  parseReviewInterval,
  readReviewDay,
  reviewIntervalHint,
  reviewOf,
  reviewText,
} from '../../../../src/core/handbook/review';
import type { ReviewInterval } from '../../../../src/core/records/types';

const every = (amount: number, unit: ReviewInterval['unit']): ReviewInterval => ({ amount, unit, raw: `${amount} ${unit}` });

describe('review intervals', () => {
  it('reads the forms a team writes, in any case and with or without a space', () => {
    const read = (raw: string) => {
      const i = parseReviewInterval(raw);
      return i && [i.amount, i.unit, i.raw];
    };
    assert.deepEqual(read('6 months'), [6, 'months', '6 months']);
    assert.deepEqual(read('1 month'), [1, 'months', '1 month']);
    assert.deepEqual(read('3mo'), [3, 'months', '3mo']);
    assert.deepEqual(read('3 mos'), [3, 'months', '3 mos']);
    assert.deepEqual(read('1 year'), [1, 'years', '1 year']);
    assert.deepEqual(read('2y'), [2, 'years', '2y']);
    assert.deepEqual(read('2 yrs'), [2, 'years', '2 yrs']);
    assert.deepEqual(read('2 weeks'), [2, 'weeks', '2 weeks']);
    assert.deepEqual(read('2wk'), [2, 'weeks', '2wk']);
    assert.deepEqual(read('2w'), [2, 'weeks', '2w']);
    assert.deepEqual(read('90 days'), [90, 'days', '90 days']);
    assert.deepEqual(read('1 day'), [1, 'days', '1 day']);
    assert.deepEqual(read('90d'), [90, 'days', '90d']);
    // What is kept is the interval as written, without the spaces around it.
    assert.deepEqual(read('  6 MONTHS \t'), [6, 'months', '6 MONTHS']);
  });

  it('refuses `m`, which means minutes elsewhere in the team configuration, and anything that is not an interval', () => {
    for (const raw of [
      '3m',
      '3 m',
      '3 min',
      '3 minutes',
      'six months',
      'months',
      '6',
      '',
      '1.5 years',
      '-1 days',
      '6 months ago',
      '6 hours',
    ]) {
      assert.equal(parseReviewInterval(raw), null, raw);
    }
  });

  it('keeps an interval between one day and five years', () => {
    for (const raw of ['0 days', '0 months', '0 years', '6 years', '61 months', '300 weeks', '2000 days', '9999 days']) {
      assert.equal(parseReviewInterval(raw), null, raw);
    }
    for (const raw of ['1 day', '1 week', '5 years', '60 months', '260 weeks', '1826 days']) {
      assert.notEqual(parseReviewInterval(raw), null, raw);
    }
    // The longest interval of each unit ends within a few days of five years later, and one more is refused.
    for (const unit of Object.keys(MAX_REVIEW_EVERY) as ReviewInterval['unit'][]) {
      const max = MAX_REVIEW_EVERY[unit];
      assert.notEqual(parseReviewInterval(`${max} ${unit}`), null, unit);
      assert.equal(parseReviewInterval(`${max + 1} ${unit}`), null, unit);
      const overFiveYears = daysBetween('2031-01-01', addInterval('2026-01-01', every(max, unit)));
      assert.ok(overFiveYears >= -7 && overFiveYears <= 7, `${max} ${unit} ends ${overFiveYears} days from five years`);
    }
  });

  it('refuses a long value before reading it, and quotes at most its beginning', () => {
    assert.equal(parseReviewInterval(`${' '.repeat(40)}6 months`), null);
    assert.equal(parseReviewInterval(`6 months${' '.repeat(40)}`), null);
    assert.equal(parseReviewInterval(`${'9'.repeat(100_000)} days`), null);
    const hint = reviewIntervalHint('review-every', `${'x'.repeat(1000)}`);
    assert.ok(hint.length < 200, hint);
    assert.match(hint, /^review-every: "x{40}" is not a review interval; .*at most 5 years/);
  });
});

describe('review days', () => {
  it('add months and years on the calendar, taking the last day of a shorter month', () => {
    assert.equal(addInterval('2026-08-31', every(6, 'months')), '2027-02-28');
    assert.equal(addInterval('2027-08-31', every(6, 'months')), '2028-02-29');
    assert.equal(addInterval('2026-01-31', every(1, 'months')), '2026-02-28');
    assert.equal(addInterval('2028-01-31', every(1, 'months')), '2028-02-29');
    assert.equal(addInterval('2026-03-31', every(1, 'months')), '2026-04-30');
    assert.equal(addInterval('2028-02-29', every(1, 'years')), '2029-02-28');
    assert.equal(addInterval('2028-02-29', every(4, 'years')), '2032-02-29');
    // The day of the month is kept when the month has it, also across the year's end.
    assert.equal(addInterval('2026-03-14', every(6, 'months')), '2026-09-14');
    assert.equal(addInterval('2026-11-30', every(3, 'months')), '2027-02-28');
    assert.equal(addInterval('2026-12-15', every(12, 'months')), '2027-12-15');
    assert.equal(addInterval('2026-11-30', every(14, 'months')), '2028-01-30');
  });

  it('add weeks and days across the end of a month and a year', () => {
    assert.equal(addInterval('2026-12-31', every(1, 'days')), '2027-01-01');
    assert.equal(addInterval('2026-12-28', every(1, 'weeks')), '2027-01-04');
    assert.equal(addInterval('2026-12-25', every(2, 'weeks')), '2027-01-08');
    assert.equal(addInterval('2026-02-28', every(1, 'days')), '2026-03-01');
    assert.equal(addInterval('2028-02-28', every(1, 'days')), '2028-02-29');
    assert.equal(addInterval('2026-01-01', every(365, 'days')), '2027-01-01');
    assert.equal(addInterval('2028-01-01', every(365, 'days')), '2028-12-31');
    assert.throws(() => addInterval('2026-02-30', every(1, 'days')), /not a day/);
  });

  it('count whole calendar days either way', () => {
    assert.equal(daysBetween('2026-03-14', '2026-03-26'), 12);
    assert.equal(daysBetween('2026-03-26', '2026-03-14'), -12);
    assert.equal(daysBetween('2026-03-14', '2026-03-14'), 0);
    // Summer time begins in Europe on 29 March 2026: still 31 days, not 30 days and 23 hours.
    assert.equal(daysBetween('2026-03-01', '2026-04-01'), 31);
    assert.equal(daysBetween('2028-02-28', '2028-03-01'), 2);
    assert.equal(daysBetween('2026-01-01', '2027-01-01'), 365);
    assert.equal(daysBetween('2028-01-01', '2029-01-01'), 366);
    assert.throws(() => daysBetween('2026-03-14', 'soon'), /not a day: soon/);
  });

  it('agree with each other: n days later is n days between, and a month later never leaves that month', () => {
    const day = fc
      .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 1830 }), (from, n) => daysBetween(from, addInterval(from, every(n, 'days'))) === n),
    );
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), (from, n) => {
        const to = addInterval(from, every(n, 'months'));
        const [y, m, d] = from.split('-').map(Number);
        const months = y * 12 + m - 1 + n;
        const [ty, tm, td] = to.split('-').map(Number);
        return isCalendarDay(to) && ty === Math.floor(months / 12) && tm === (months % 12) + 1 && td <= d && (td === d || td >= 28);
      }),
    );
  });

  it('are calendar days written yyyy-MM-dd', () => {
    for (const day of ['2026-03-14', '2026-12-31', '2028-02-29', '2026-01-01']) assert.ok(isCalendarDay(day), day);
    for (const day of [
      '2026-02-30',
      '2026-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-5',
      ' 2026-01-01',
      '2026-01-01T00:00',
      '14/03/2026',
    ]) {
      assert.ok(!isCalendarDay(day), day);
    }
  });

  it('are read from a front-matter value: a day, or a date YAML read; anything else is null', () => {
    assert.equal(readReviewDay('2026-03-14'), '2026-03-14');
    assert.equal(readReviewDay(' 2026-03-14 '), '2026-03-14');
    assert.equal(readReviewDay(new Date('2026-03-14T00:00:00Z')), '2026-03-14');
    assert.equal(readReviewDay(new Date('not a date')), null);
    for (const value of ['2026-02-30', 'last week', '', 20260314, null, undefined, ['2026-03-14'], { day: '2026-03-14' }]) {
      assert.equal(readReviewDay(value), null, JSON.stringify(value));
    }
  });

  it('are read between 1900 and 2999, so the next review always has a four-digit year and no year is read as 19xx', () => {
    assert.equal(readReviewDay('1900-01-01'), '1900-01-01');
    assert.equal(readReviewDay('2999-12-31'), '2999-12-31');
    for (const value of ['1899-12-31', '0050-01-01', '3000-01-01', '9999-12-31', new Date('9999-12-31T00:00:00Z')]) {
      assert.equal(readReviewDay(value), null, String(value));
    }
    const longest = { amount: 5, unit: 'years', raw: '5 years' } as const;
    assert.equal(addInterval('2999-12-31', longest), '3004-12-31');
    assert.equal(daysBetween('2999-12-31', addInterval('2999-12-31', longest)), 1826);
  });

  it('are shown as 14 Mar 2026', () => {
    assert.equal(dayLabel('2026-03-14'), '14 Mar 2026');
    assert.equal(dayLabel('2026-12-04'), '4 Dec 2026');
  });
});

describe('the day it is now', () => {
  it('is the day on the clock of the zone, which may be another day than in UTC', () => {
    const newYearsEve = new Date('2026-12-31T23:30:00Z');
    assert.equal(dayIn(newYearsEve, 'UTC'), '2026-12-31');
    assert.equal(dayIn(newYearsEve, 'Europe/Paris'), '2027-01-01');
    assert.equal(dayIn(newYearsEve, 'America/Sao_Paulo'), '2026-12-31');
    const morning = new Date('2026-12-31T10:00:00Z');
    assert.equal(dayIn(morning, 'Pacific/Kiritimati'), '2027-01-01');
    assert.equal(dayIn(morning, 'Pacific/Pago_Pago'), '2026-12-30');
  });

  it('follows the change to and from summer time', () => {
    // Paris is an hour ahead of UTC in winter and two in summer (from 29 March and until 25 October 2026).
    assert.equal(dayIn(new Date('2026-03-28T22:30:00Z'), 'Europe/Paris'), '2026-03-28');
    assert.equal(dayIn(new Date('2026-03-29T22:30:00Z'), 'Europe/Paris'), '2026-03-30');
    assert.equal(dayIn(new Date('2026-10-24T22:30:00Z'), 'Europe/Paris'), '2026-10-25');
    assert.equal(dayIn(new Date('2026-10-25T22:30:00Z'), 'Europe/Paris'), '2026-10-25');
  });
});

describe('where a review stands', () => {
  const today = '2026-03-01';

  it('is due soon within 14 days, fresh after, overdue the day after the review day', () => {
    assert.deepEqual(reviewOf('2026-03-16', today), { state: 'fresh', daysLeft: 15 });
    assert.deepEqual(reviewOf('2026-03-15', today), { state: 'due-soon', daysLeft: 14 });
    assert.deepEqual(reviewOf('2026-03-01', today), { state: 'due-soon', daysLeft: 0 });
    assert.deepEqual(reviewOf('2026-02-28', today), { state: 'overdue', daysLeft: -1 });
    assert.deepEqual(reviewOf('2025-03-01', today), { state: 'overdue', daysLeft: -365 });
    assert.deepEqual(reviewOf(null, today), { state: 'never-reviewed', daysLeft: null });
  });

  it('is said in words', () => {
    assert.equal(reviewText({ state: 'fresh', daysLeft: 40 }), 'review due in 40 days');
    assert.equal(reviewText({ state: 'due-soon', daysLeft: 12 }), 'review due in 12 days');
    assert.equal(reviewText({ state: 'due-soon', daysLeft: 1 }), 'review due tomorrow');
    assert.equal(reviewText({ state: 'due-soon', daysLeft: 0 }), 'review due today');
    assert.equal(reviewText({ state: 'overdue', daysLeft: -1 }), 'review 1 day overdue');
    assert.equal(reviewText({ state: 'overdue', daysLeft: -3 }), 'review 3 days overdue');
    assert.equal(reviewText({ state: 'never-reviewed', daysLeft: null }), 'never reviewed');
  });
});
