import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { defaultConfig, parseConfig, parseDuration, type Duration, type TeamConfig } from '../../../../src/core/team/config';
import {
  addWorkingTime,
  defaultReplyBy,
  DUE_SOON_HOURS,
  isWorkingDay,
  localTime,
  nextWorkingMorning,
  preReadDue,
  remainingText,
  subtractWorkingTime,
  urgency,
} from '../../../../src/core/time/workingTime';
import { scheduleFor, type WorkSchedule } from '../../../../src/core/team/members';
import { SAMPLE_NOW } from '../../../support/helpers';

const team = parseConfig(
  [
    'holidays: [2026-12-25]',
    'team:',
    '  - handle: alice',
    '    timezone: Europe/Paris',
    '    hours: "09:00-17:00"',
    '  - handle: bruno',
    '    timezone: America/Sao_Paulo',
    '    hours: "08:00-16:00"',
    '  - handle: chen',
    '    timezone: Asia/Shanghai',
    '    hours: "10:00-18:00"',
    '  - handle: dana',
    '    timezone: UTC',
    '    hours: "22:00-06:00"',
  ].join('\n'),
).config;

function d(s: string): Date {
  return new Date(s);
}

function dur(raw: string): Duration {
  const parsed = parseDuration(raw);
  assert.ok(parsed, raw);
  return parsed;
}

function schedule(timeZone: string, overrides: Partial<WorkSchedule> = {}): WorkSchedule {
  return { timeZone, workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: { start: 540, end: 1020 }, holidays: [], ...overrides };
}

describe('reply clocks', () => {
  describe('reply-by from created and the SLA', () => {
    it('adds 24h within a working week', () => {
      assert.deepEqual(defaultReplyBy(d('2026-11-25T10:00:00Z'), team, 'alice'), d('2026-11-26T10:00:00Z'));
    });

    it('stops the clock over the weekend in the owner zone', () => {
      // Friday 15:00 in Paris: 9h left on Friday, 15h on Monday.
      assert.deepEqual(defaultReplyBy(d('2026-11-27T14:00:00Z'), team, 'alice'), d('2026-11-30T14:00:00Z'));
    });

    it('depends on whose weekend it already is', () => {
      const created = d('2026-11-27T20:00:00Z'); // Friday 17:00 in São Paulo, Saturday 04:00 in Shanghai
      assert.deepEqual(defaultReplyBy(created, team, 'bruno'), d('2026-11-30T20:00:00Z'));
      // Shanghai's clock starts at Monday 00:00 local (Sunday 16:00 UTC) and runs 24h.
      assert.deepEqual(defaultReplyBy(created, team, 'chen'), d('2026-11-30T16:00:00Z'));
    });

    it('skips team holidays', () => {
      // Thursday 24 December noon UTC; 25 December is a holiday, then the weekend.
      assert.deepEqual(defaultReplyBy(d('2026-12-24T12:00:00Z'), team, 'dana'), d('2026-12-28T12:00:00Z'));
    });

    it('uses UTC and the team working days for an owner who is missing or not in the team', () => {
      const friday = d('2026-11-27T12:00:00Z');
      assert.deepEqual(defaultReplyBy(friday, team, null), d('2026-11-30T12:00:00Z'));
      assert.deepEqual(defaultReplyBy(friday, team, 'zoe'), d('2026-11-30T12:00:00Z'));
      assert.equal(scheduleFor(team, 'zoe').timeZone, 'UTC');
      assert.equal(scheduleFor(team, 'Alice').timeZone, 'Europe/Paris');
    });

    it('counts business days at the same local time across a daylight saving change', () => {
      // Paris leaves summer time on Sunday 25 October 2026: Friday 10:00 CEST is 08:00Z, Monday 10:00 CET is 09:00Z.
      const config: TeamConfig = { ...team, replyWithin: dur('1 business day') };
      assert.deepEqual(defaultReplyBy(d('2026-10-23T08:00:00Z'), config, 'alice'), d('2026-10-26T09:00:00Z'));
    });

    it('counts 24h as elapsed time on a working day that changes to summer time', () => {
      // New York springs forward on Sunday 8 March 2026; with a seven-day week the clock runs through it.
      const s = schedule('America/New_York', { workingDays: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] });
      assert.deepEqual(addWorkingTime(d('2026-03-07T17:00:00Z'), dur('24h'), s), d('2026-03-08T17:00:00Z'));
      assert.deepEqual(addWorkingTime(d('2026-03-07T17:00:00Z'), dur('1d'), s), d('2026-03-08T16:00:00Z'));
    });

    it('counts business hours only inside working hours', () => {
      // Wednesday 16:00 in Paris: 1h left that day, 3h on Thursday from 09:00.
      assert.deepEqual(
        addWorkingTime(d('2026-11-25T15:00:00Z'), dur('4 business hours'), scheduleFor(team, 'alice')),
        d('2026-11-26T11:00:00Z'),
      );
      // Created on Saturday: the clock starts on Monday 09:00.
      assert.deepEqual(addWorkingTime(d('2026-11-28T10:00:00Z'), dur('2bh'), scheduleFor(team, 'alice')), d('2026-11-30T10:00:00Z'));
    });

    it('counts business hours of a shift that runs past midnight', () => {
      // dana works 22:00-06:00 UTC; Tuesday 05:00 is inside Monday's shift.
      assert.deepEqual(addWorkingTime(d('2026-11-24T05:00:00Z'), dur('3bh'), scheduleFor(team, 'dana')), d('2026-11-25T00:00:00Z'));
    });

    it('gives no reply-by when the schedule has no working day', () => {
      assert.equal(addWorkingTime(d('2026-11-25T10:00:00Z'), dur('24h'), schedule('UTC', { workingDays: [] })), null);
    });

    it('never gives a reply-by earlier than the plain duration', () => {
      const zones = ['UTC', 'Europe/Paris', 'America/Sao_Paulo', 'Asia/Shanghai', 'America/New_York', 'Australia/Sydney'];
      fc.assert(
        fc.property(
          fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }),
          fc.constantFrom(...zones),
          fc.integer({ min: 1, max: 200 }),
          (t, zone, hours) => {
            const s = schedule(zone);
            const from = new Date(t);
            const due = addWorkingTime(from, { amount: hours, unit: 'hours', raw: `${hours}h` }, s);
            assert.ok(due);
            assert.ok(due.getTime() >= t + hours * 3_600_000);
            // The clock only stops on days off, so the reply-by itself falls on a working day (or its midnight).
            const justBefore = new Date(due.getTime() - 1);
            assert.ok(isWorkingDay(justBefore, s));
          },
        ),
      );
    });
  });

  describe('snoozing until the next working morning', () => {
    it('skips the weekend and starts at the working hours in my zone', () => {
      // Friday 27 November, 18:00 in Paris: Monday 09:00 Paris.
      assert.deepEqual(nextWorkingMorning(d('2026-11-27T17:00:00Z'), scheduleFor(team, 'alice')), d('2026-11-30T08:00:00Z'));
      assert.deepEqual(nextWorkingMorning(SAMPLE_NOW, scheduleFor(team, 'chen')), d('2026-11-26T02:00:00Z'));
      assert.equal(nextWorkingMorning(SAMPLE_NOW, schedule('UTC', { workingDays: [] })), null);
    });
  });

  describe('pre-read due', () => {
    it('is the meeting minus pre-read-before in the owner zone', () => {
      assert.deepEqual(preReadDue(d('2026-11-26T15:00:00Z'), team, 'alice'), d('2026-11-25T15:00:00Z'));
    });

    it('falls on the previous working day for a Monday meeting', () => {
      assert.deepEqual(preReadDue(d('2026-11-30T15:00:00Z'), defaultConfig(), null), d('2026-11-27T15:00:00Z'));
      assert.deepEqual(subtractWorkingTime(d('2026-11-30T10:00:00Z'), dur('2 business hours'), schedule('UTC')), d('2026-11-27T16:00:00Z'));
    });
  });

  describe('urgency', () => {
    it('is overdue once the time has passed', () => {
      assert.equal(urgency(d('2026-11-25T11:59:00Z'), SAMPLE_NOW), 'overdue');
      assert.equal(urgency(SAMPLE_NOW, SAMPLE_NOW), 'due-today');
    });

    it('is due today until the end of the day in the given zone', () => {
      const tonight = d('2026-11-25T23:00:00Z');
      assert.equal(urgency(tonight, SAMPLE_NOW, 'UTC'), 'due-today');
      // In Shanghai it is already 20:00; 23:00 UTC is tomorrow morning there.
      assert.equal(urgency(tonight, SAMPLE_NOW, 'Asia/Shanghai'), 'due-soon');
    });

    it('is due soon within the threshold and later after it', () => {
      const edge = new Date(SAMPLE_NOW.getTime() + DUE_SOON_HOURS * 3_600_000);
      assert.equal(urgency(new Date(edge.getTime() - 60_000), SAMPLE_NOW), 'due-soon');
      assert.equal(urgency(edge, SAMPLE_NOW), 'later');
    });
  });

  describe('remaining time', () => {
    it('says how long is left or how late it is', () => {
      assert.equal(remainingText(d('2026-11-25T15:40:00Z'), SAMPLE_NOW), 'reply in 3h');
      assert.equal(remainingText(d('2026-11-25T12:20:00Z'), SAMPLE_NOW, 'due'), 'due in 20m');
      assert.equal(remainingText(d('2026-11-23T10:00:00Z'), SAMPLE_NOW), '2d overdue');
      assert.equal(remainingText(d('2026-11-24T10:00:00Z'), SAMPLE_NOW), '26h overdue');
      assert.equal(remainingText(d('2026-12-02T12:00:00Z'), SAMPLE_NOW), 'reply in 7d');
      assert.equal(remainingText(SAMPLE_NOW, SAMPLE_NOW), 'reply in 1m');
    });
  });

  describe("owner's local time", () => {
    it('gives the time in each zone and whether they are at work', () => {
      const at = (h: string) => localTime(SAMPLE_NOW, scheduleFor(team, h));
      assert.deepEqual(at('alice'), {
        time: '13:00',
        weekday: 'Wed',
        date: '2026-11-25',
        timeZone: 'Europe/Paris',
        offset: '+01:00',
        working: true,
      });
      assert.equal(at('bruno').time, '09:00');
      assert.equal(at('bruno').working, true);
      assert.equal(at('chen').time, '20:00');
      assert.equal(at('chen').working, false);
    });

    it('knows a night shift and days off', () => {
      const dana = scheduleFor(team, 'dana');
      assert.equal(localTime(d('2026-11-25T03:00:00Z'), dana).working, true);
      assert.equal(localTime(d('2026-11-25T12:00:00Z'), dana).working, false);
      // Saturday 23:00 is no working day; Friday's shift still runs at 02:00 on Saturday.
      assert.equal(localTime(d('2026-11-28T23:00:00Z'), dana).working, false);
      assert.equal(localTime(d('2026-11-28T02:00:00Z'), dana).working, true);
      assert.equal(localTime(d('2026-12-25T12:00:00Z'), scheduleFor(team, 'alice')).working, false);
    });
  });
});
