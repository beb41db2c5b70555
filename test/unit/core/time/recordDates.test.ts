import * as assert from 'node:assert/strict';
import { formatRecordDateTime } from '../../../../src/core/time/recordDates';

describe('record dates', () => {
  it('writes date-times on the owner clock with the offset', () => {
    assert.equal(formatRecordDateTime(new Date('2026-07-01T12:00:00Z'), 'Europe/Paris'), '2026-07-01T14:00:00+02:00');
    assert.equal(formatRecordDateTime(new Date('2026-07-01T12:00:00Z'), 'UTC'), '2026-07-01T12:00:00Z');
  });
});
