import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { scheduleFor } from '../../../../src/core/team/members';
import { addWorkingTime, isWorkingDay, localTime, nextWorkingMorning } from '../../../../src/core/time/workingTime';
import { SAMPLE_NOW } from '../../../support/helpers';
import { dur, schedule, team } from '../../../support/schedules';

function d(s: string): Date {
  return new Date(s);
}

describe('working time', () => {
  describe('adding a duration on the working clock', () => {
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
