import * as assert from 'node:assert/strict';
import { defaultConfig, type TeamConfig } from '../../../../src/core/team/config';
import { scheduleFor } from '../../../../src/core/team/members';
import { defaultReplyBy, preReadDue } from '../../../../src/core/time/dueTimes';
import { subtractWorkingTime } from '../../../../src/core/time/workingTime';
import { dur, schedule, team } from '../../../support/schedules';

function d(s: string): Date {
  return new Date(s);
}

describe('due times', () => {
  describe('reply-by from created and the team reply-within', () => {
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
});
