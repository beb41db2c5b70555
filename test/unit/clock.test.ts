import * as assert from 'node:assert/strict';
import { Clock, clockSetting } from '../../src/clock';

describe('the extension clock', () => {
  it('stands where it is pinned, and runs on from where it is started', () => {
    const clock = new Clock();
    const at = new Date('2026-11-25T12:00:00Z');
    clock.pin(at);
    assert.equal(clock.now().toISOString(), at.toISOString());
    clock.startAt(at);
    // Started, it runs with the machine's clock from that moment: a few milliseconds at most have passed.
    const elapsed = clock.now().getTime() - at.getTime();
    assert.ok(elapsed >= 0 && elapsed < 5_000, `${elapsed} ms`);
  });

  it('takes its test setting only as an ISO date-time with a zone', () => {
    assert.equal(clockSetting('2026-11-25T12:00:00Z')?.toISOString(), '2026-11-25T12:00:00.000Z');
    assert.equal(clockSetting('2026-11-25T13:00:00+01:00')?.toISOString(), '2026-11-25T12:00:00.000Z');
    for (const bad of [undefined, '', 'now', '2026-11-25', '2026-11-25T12:00:00', '2026-13-45T99:00:00Z', '1e400', `2026-11-25T12:00:00Z${' '.repeat(1000)}x`]) {
      assert.equal(clockSetting(bad), null, String(bad));
    }
  });
});
