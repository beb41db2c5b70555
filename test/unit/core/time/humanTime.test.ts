import * as assert from 'node:assert/strict';
import { humanDay, humanTime, humanTimeFor, humanTimeNoted } from '../../../../src/core/time/humanTime';

const d = (iso: string) => new Date(iso);
const NOW = d('2026-12-07T09:00:00Z');

describe('times as people read them', () => {
  it('writes weekday, day, month and time in the reader zone', () => {
    assert.equal(humanTime(d('2026-12-08T09:40:00Z'), 'Europe/Paris', NOW), 'Tue 8 Dec, 10:40');
    assert.equal(humanTime(d('2026-12-08T09:40:00Z'), 'UTC', NOW), 'Tue 8 Dec, 09:40');
    assert.equal(humanDay(d('2026-12-08T23:30:00Z'), 'Asia/Tokyo', NOW), 'Wed 9 Dec');
  });

  it('adds the year only when it is not the current one in that zone', () => {
    assert.equal(humanTime(d('2027-01-04T08:00:00Z'), 'UTC', NOW), 'Mon 4 Jan 2027, 08:00');
    // New Year's Eve in UTC is already New Year's Day in Tokyo.
    const eve = d('2026-12-31T23:30:00Z');
    assert.equal(humanTime(eve, 'UTC', eve), 'Thu 31 Dec, 23:30');
    assert.equal(humanTime(d('2026-12-31T12:00:00Z'), 'Asia/Tokyo', eve), 'Thu 31 Dec 2026, 21:00');
  });

  it('follows the clock change: the same UTC hour is an hour later in summer', () => {
    assert.equal(humanTime(d('2027-03-28T00:30:00Z'), 'Europe/Paris', NOW), 'Sun 28 Mar 2027, 01:30');
    assert.equal(humanTime(d('2027-03-28T01:30:00Z'), 'Europe/Paris', NOW), 'Sun 28 Mar 2027, 03:30');
  });

  it("names the other person's zone only when their wall clock differs", () => {
    const at = d('2026-12-08T09:40:00Z');
    assert.equal(humanTimeFor(at, 'Europe/Paris', 'Europe/Paris', NOW), 'Tue 8 Dec, 10:40');
    assert.equal(humanTimeFor(at, 'Europe/Paris', null, NOW), 'Tue 8 Dec, 10:40');
    assert.equal(humanTimeFor(at, 'Europe/Paris', 'Europe/Berlin', NOW), 'Tue 8 Dec, 10:40');
    assert.equal(humanTimeFor(at, 'Europe/Paris', 'Asia/Tokyo', NOW), 'Tue 8 Dec, 10:40 (Tue 8 Dec, 18:40 in Asia/Tokyo)');
  });

  it('puts a note and the other clock in one pair of parentheses', () => {
    const at = d('2026-12-08T09:40:00Z');
    assert.equal(humanTimeNoted(at, 'Europe/Paris', 'Europe/Berlin', NOW, 'closes in 2d'), 'Tue 8 Dec, 10:40 (closes in 2d)');
    assert.equal(
      humanTimeNoted(at, 'Europe/Paris', 'Asia/Tokyo', NOW, 'closes in 2d'),
      'Tue 8 Dec, 10:40 (closes in 2d; Tue 8 Dec, 18:40 in Asia/Tokyo)',
    );
  });
});
