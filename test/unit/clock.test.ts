import * as assert from 'node:assert/strict';
import { Clock, clockSetting } from '../../src/clock';

describe('the extension clock', () => {
  it('stands where it is pinned, and runs on from where it is started', () => {
    const clock = new Clock();
    const at = new Date('2026-11-25T12:00:00Z');
    const machine = Date.now;
    let machineNow = Date.parse('2027-03-28T01:30:00Z');
    Date.now = () => machineNow;
    try {
      clock.pin(at);
      machineNow += 60_000;
      assert.equal(clock.now().toISOString(), '2026-11-25T12:00:00.000Z', 'a pinned clock stands');
      clock.startAt(at);
      assert.equal(clock.now().toISOString(), '2026-11-25T12:00:00.000Z');
      machineNow += 90_000;
      assert.equal(clock.now().toISOString(), '2026-11-25T12:01:30.000Z', 'a started clock runs with the machine');
    } finally {
      Date.now = machine;
    }
  });

  it('takes its test setting only as an ISO date-time with a zone', () => {
    assert.equal(clockSetting('2026-11-25T12:00:00Z')?.toISOString(), '2026-11-25T12:00:00.000Z');
    assert.equal(clockSetting('2026-11-25T13:00:00+01:00')?.toISOString(), '2026-11-25T12:00:00.000Z');
    for (const bad of [
      undefined,
      '',
      'now',
      '2026-11-25',
      '2026-11-25T12:00:00',
      '2026-13-45T99:00:00Z',
      '1e400',
      `2026-11-25T12:00:00Z${' '.repeat(1000)}x`,
    ]) {
      assert.equal(clockSetting(bad), null, String(bad));
    }
  });
});
