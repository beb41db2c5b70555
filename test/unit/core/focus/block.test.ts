import * as assert from 'node:assert/strict';
import {
  DEFAULT_FOCUS_MINUTES,
  emptyFocusState,
  endBlock,
  focusedMinutesToday,
  focusMinutes,
  formatMinutes,
  MAX_FOCUS_MINUTES,
  readFocusState,
  startBlock,
} from '../../../../src/core/focus/block';
import { ZONE } from '../../../support/focusWorld';
import { settingSchemas } from '../../../support/helpers';

describe('focus blocks', () => {
  describe('state and arithmetic', () => {
    it('counts today in the user time zone: a block across midnight counts from midnight', () => {
      let state = startBlock(emptyFocusState(), new Date('2026-11-25T22:30:00Z'), new Date('2026-11-25T23:30:00Z'));
      state = endBlock(state, new Date('2026-11-25T23:30:00Z'))!.state;
      // 23:30 to 00:30 in Paris: 30 minutes of it are on the 26th.
      assert.equal(focusedMinutesToday(state, new Date('2026-11-26T08:00:00Z'), ZONE), 30);
      assert.equal(focusedMinutesToday(state, new Date('2026-11-26T08:00:00Z'), 'UTC'), 0);
    });

    it('forgets finished blocks after two days', () => {
      let state = startBlock(emptyFocusState(), new Date('2026-11-20T09:00:00Z'), new Date('2026-11-20T10:00:00Z'));
      state = endBlock(state, new Date('2026-11-20T10:00:00Z'))!.state;
      state = startBlock(state, new Date('2026-11-25T09:00:00Z'), new Date('2026-11-25T10:00:00Z'));
      state = endBlock(state, new Date('2026-11-25T10:00:00Z'))!.state;
      assert.deepEqual(
        state.done.map((d) => d.start),
        ['2026-11-25T09:00:00.000Z'],
      );
    });

    it('reads a damaged stored state as far as it can', () => {
      assert.deepEqual(readFocusState(undefined), emptyFocusState());
      assert.deepEqual(readFocusState('nonsense'), emptyFocusState());
      const state = readFocusState({
        block: { startedAt: 'soon', endsAt: '2026-11-25T10:00:00Z' },
        held: [
          { kind: 'review-request', key: 'a', message: 'm', at: '2026-11-25T09:00:00Z' },
          { kind: 'gossip', key: 'b', message: 'm', at: '2026-11-25T09:00:00Z' },
        ],
        done: [null, { start: '2026-11-25T08:00:00Z', end: '2026-11-25T08:30:00Z' }],
        dnd: 'yes',
      });
      assert.equal(state.block, null);
      assert.deepEqual(
        state.held.map((h) => h.key),
        ['a'],
      );
      assert.equal(state.done.length, 1);
      assert.equal(state.dnd, false);
    });

    it('writes minutes short', () => {
      assert.deepEqual([0, 42, 60, 90, 125].map(formatMinutes), ['0m', '42m', '1h', '1h 30m', '2h 5m']);
    });
  });

  describe('the settings', () => {
    const props = settingSchemas();

    it('the minutes setting has the reader default and bounds, for the user, not the repository', () => {
      const minutes = props['asyncWork.focus.defaultMinutes'];
      assert.deepEqual(
        [minutes.default, minutes.minimum, minutes.maximum, minutes.scope],
        [DEFAULT_FOCUS_MINUTES, 1, MAX_FOCUS_MINUTES, 'application'],
      );
      assert.deepEqual([25, '90', 0, 481, 2.5, 'soon'].map(focusMinutes), [25, 90, null, null, null, null]);
    });
  });
});
