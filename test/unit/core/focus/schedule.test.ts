import * as assert from 'node:assert/strict';
import { parseFocusSchedule } from '../../../../src/core/focus/schedule';
import { settingSchemas } from '../../../support/helpers';

describe('scheduled focus blocks', () => {
  describe('the schedule', () => {
    it('reads days, ranges and several times, and says what it cannot read', () => {
      assert.deepEqual(parseFocusSchedule('mon-wed,fri 09:00-11:00 14:00-15:30; sat 10:00-24:00'), {
        rules: [
          { days: ['mon', 'tue', 'wed', 'fri'], start: 540, end: 660 },
          { days: ['mon', 'tue', 'wed', 'fri'], start: 840, end: 930 },
          { days: ['sat'], start: 600, end: 1440 },
        ],
        problems: [],
      });
      assert.deepEqual(parseFocusSchedule('fri-mon 08:00-09:00').rules[0].days, ['fri', 'sat', 'sun', 'mon']);
      assert.equal(parseFocusSchedule('daily 08:00-09:00').rules[0].days.length, 7);
      assert.deepEqual(parseFocusSchedule('').rules, []);
      for (const bad of ['weekdays 09:00-11:00', 'mon 9-11', 'mon 11:00-09:00', 'mon', 'mon 09:00-25:00', 'mon 09:60-10:00']) {
        assert.equal(parseFocusSchedule(bad).problems.length, 1, bad);
      }
      assert.equal(parseFocusSchedule('mon 09:00-10:00; tue 9').rules.length, 1);
    });
  });

  describe('the settings', () => {
    const props = settingSchemas();

    it('the schedule setting accepts what the reader reads and refuses malformed text', () => {
      const schedule = props['asyncWork.focus.schedule'];
      assert.equal(schedule.scope, 'application');
      const pattern = new RegExp(schedule.pattern!);
      const read = [
        '',
        'mon-fri 09:00-11:00',
        'daily 08:00-09:00;',
        'mon-wed,fri 09:00-11:00 14:00-15:30; sat 10:00-24:00',
        'fri-mon 08:00-09:00',
      ];
      for (const raw of read) {
        assert.deepEqual(parseFocusSchedule(raw).problems, [], raw);
        assert.ok(pattern.test(raw), raw);
      }
      for (const raw of ['weekdays 09:00-11:00', 'mon 9-11', 'Mon 09:00-11:00', 'mon', 'mon 09:00 - 11:00', 'mon 09:60-10:00']) {
        assert.equal(parseFocusSchedule(raw).problems.length, 1, raw);
        assert.ok(!pattern.test(raw), raw);
      }
    });
  });
});
