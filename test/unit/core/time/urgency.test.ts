import * as assert from 'node:assert/strict';
import { DUE_SOON_HOURS, remainingText, urgency } from '../../../../src/core/time/urgency';
import { SAMPLE_NOW } from '../../../support/helpers';

function d(s: string): Date {
  return new Date(s);
}

describe('urgency and the time left', () => {
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
});
