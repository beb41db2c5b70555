import * as assert from 'node:assert/strict';
import {
  BUSY_EMOJI,
  busyGithubStatus,
  busyStep,
  readGithubStatusRecord,
  restoreStep,
  type GithubStatusRecord,
} from '../../../../src/core/focus/githubStatus';
import type { GithubStatus } from '../../../../src/core/github/status';
import { readFocusState } from '../../../../src/core/focus/block';
import { ZONE } from '../../../support/focusWorld';

const NOW = new Date('2026-11-25T09:00:00Z');
const TRAIN: GithubStatus = {
  message: 'On the train',
  emoji: ':train:',
  expiresAt: null,
  limitedAvailability: false,
  organizationId: null,
};
const BUSY = busyGithubStatus(new Date('2026-11-25T09:25:00Z'), '24h', ZONE);
const RECORD: GithubStatusRecord = { previous: TRAIN, set: BUSY };

describe('the GitHub status', () => {
  describe('what a focus block sets', () => {
    it('says until when in my time and how soon I reply, busy until the end of the block', () => {
      assert.deepEqual(busyGithubStatus(new Date('2026-11-25T14:30:00Z'), '24h', ZONE), {
        message: 'Focusing until 15:30 — I reply within 24h',
        emoji: BUSY_EMOJI,
        expiresAt: '2026-11-25T14:30:00.000Z',
        limitedAvailability: true,
        organizationId: null,
      });
      assert.equal(
        busyGithubStatus(new Date('2026-11-25T14:30:00Z'), '2 business days', 'America/Sao_Paulo').message,
        'Focusing until 11:30 — I reply within 2 business days',
      );
    });

    it('drops the reply time rather than send a message GitHub would refuse (over 80 characters)', () => {
      assert.equal(busyGithubStatus(new Date('2026-11-25T14:30:00Z'), 'x'.repeat(60), ZONE).message, 'Focusing until 15:30');
    });

    it('remembers the status before the block, but not one that has expired or the GitHub status of an earlier block', () => {
      assert.deepEqual(busyStep(null, TRAIN, BUSY, NOW), { kind: 'set', status: BUSY, record: { previous: TRAIN, set: BUSY } });
      assert.deepEqual(busyStep(null, null, BUSY, NOW), { kind: 'set', status: BUSY, record: { previous: null, set: BUSY } });
      const expired = { ...TRAIN, expiresAt: '2026-11-25T08:00:00Z' };
      assert.deepEqual(busyStep(null, expired, BUSY, NOW), { kind: 'set', status: BUSY, record: { previous: null, set: BUSY } });
      const leftOver = busyGithubStatus(new Date('2026-11-25T10:00:00Z'), '24h', ZONE);
      assert.deepEqual(busyStep(null, leftOver, BUSY, NOW), { kind: 'set', status: BUSY, record: { previous: null, set: BUSY } });
    });

    it('gives a block with a new end a new busy status and keeps the status to put back, unless the user changed it', () => {
      const later = busyGithubStatus(new Date('2026-11-25T10:00:00Z'), '24h', ZONE);
      assert.deepEqual(busyStep(RECORD, BUSY, later, NOW), { kind: 'set', status: later, record: { previous: TRAIN, set: later } });
      assert.deepEqual(busyStep(RECORD, { ...TRAIN, message: 'Out sick' }, later, NOW).kind, 'leave');
      assert.deepEqual(busyStep(RECORD, null, later, NOW).kind, 'leave', 'cleared by hand before it expired');
    });
  });

  describe('when the block ends', () => {
    const end = new Date('2026-11-25T09:10:00Z');
    const afterExpiry = new Date('2026-11-25T09:26:00Z');

    it('puts the previous status back while ours is shown, or after GitHub let ours expire', () => {
      assert.deepEqual(restoreStep(RECORD, BUSY, end), { kind: 'set', status: TRAIN });
      assert.deepEqual(restoreStep(RECORD, null, afterExpiry), { kind: 'set', status: TRAIN });
    });

    it('clears ours when there was none before, or the previous one has expired since', () => {
      assert.deepEqual(restoreStep({ previous: null, set: BUSY }, BUSY, end), { kind: 'set', status: null });
      const expiring = { ...TRAIN, expiresAt: '2026-11-25T09:05:00Z' };
      assert.deepEqual(restoreStep({ previous: expiring, set: BUSY }, BUSY, end), { kind: 'set', status: null });
      assert.equal(restoreStep({ previous: null, set: BUSY }, null, afterExpiry).kind, 'leave', 'nothing to clear');
    });

    it('leaves a status the user changed on GitHub during the block alone', () => {
      assert.deepEqual(restoreStep(RECORD, { ...BUSY, message: 'Out sick' }, end), {
        kind: 'leave',
        reason: 'the status was changed on GitHub during the block',
      });
      assert.equal(restoreStep(RECORD, null, end).kind, 'leave', 'cleared by hand before ours expired');
    });
  });

  describe('the record kept on the block', () => {
    it('the record on the block is read defensively from the stored state', () => {
      const stored = JSON.parse(JSON.stringify(RECORD)) as unknown;
      assert.deepEqual(readGithubStatusRecord(stored), RECORD);
      assert.equal(readGithubStatusRecord({ previous: TRAIN }), null);
      assert.deepEqual(readGithubStatusRecord({ previous: 'x', set: BUSY }), { previous: null, set: BUSY });
      assert.equal(readGithubStatusRecord({ set: { ...BUSY, expiresAt: 'soon' } }), null);
      const block = { startedAt: '2026-11-25T09:00:00Z', endsAt: '2026-11-25T09:25:00Z', scheduled: false };
      assert.deepEqual(readFocusState({ block: { ...block, githubStatus: stored } }).block, { ...block, githubStatus: RECORD });
      assert.deepEqual(readFocusState({ block: { ...block, githubStatus: { set: 'busy' } } }).block, block);
    });
  });
});
