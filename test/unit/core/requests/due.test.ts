import * as assert from 'node:assert/strict';
import { dueClocks, dueText, leftText, requestDue } from '../../../../src/core/requests/due';
import { SAMPLE_NOW } from '../../../support/helpers';

const d = (iso: string) => new Date(iso);

describe('when a request is due', () => {
  it('is the reply-by while it comes first', () => {
    const r = { status: 'open' as const, replyBy: d('2026-11-26T09:00:00Z'), deadline: d('2026-12-04T22:59:59.999Z') };
    assert.deepEqual(requestDue(r, SAMPLE_NOW), { kind: 'reply-by', at: r.replyBy, overdue: false });
  });

  it('is the deadline when it has passed, even with the reply-by still ahead', () => {
    const r = { status: 'open' as const, replyBy: d('2026-11-26T09:00:00Z'), deadline: d('2026-11-20T22:59:59.999Z') };
    assert.deepEqual(requestDue(r, SAMPLE_NOW), { kind: 'deadline', at: r.deadline, overdue: true });
    assert.deepEqual(
      dueClocks(r, SAMPLE_NOW).map((c) => [c.kind, c.overdue]),
      [
        ['deadline', true],
        ['reply-by', false],
      ],
    );
  });

  it('is the deadline when it comes before the reply-by, overdue or not', () => {
    const r = { status: 'open' as const, replyBy: d('2026-11-26T09:00:00Z'), deadline: d('2026-11-25T22:59:59.999Z') };
    assert.deepEqual(requestDue(r, SAMPLE_NOW), { kind: 'deadline', at: r.deadline, overdue: false });
  });

  it('is whichever clock is set, and nothing once the request is closed', () => {
    const replyBy = d('2026-11-24T09:00:00Z');
    assert.deepEqual(requestDue({ status: 'open', replyBy, deadline: null }, SAMPLE_NOW), { kind: 'reply-by', at: replyBy, overdue: true });
    assert.equal(requestDue({ status: 'open', replyBy: null, deadline: null }, SAMPLE_NOW), null);
    assert.equal(requestDue({ status: 'answered', replyBy, deadline: null }, SAMPLE_NOW), null);
    assert.deepEqual(dueClocks({ status: 'done', replyBy, deadline: replyBy }, SAMPLE_NOW), []);
  });

  it('writes the time in the reader zone with what is left of it, and the owner clock when it differs', () => {
    assert.equal(leftText(d('2026-11-25T15:00:00Z'), SAMPLE_NOW), 'in 3h');
    assert.equal(leftText(d('2026-11-24T09:00:00Z'), SAMPLE_NOW), '27h overdue');
    assert.equal(dueText(d('2026-11-24T09:00:00Z'), SAMPLE_NOW, 'Europe/Paris', 'Europe/Paris'), 'Tue 24 Nov, 10:00 (27h overdue)');
    assert.equal(dueText(d('2026-11-24T09:00:00Z'), SAMPLE_NOW, 'Europe/Paris', null), 'Tue 24 Nov, 10:00 (27h overdue)');
    assert.equal(
      dueText(d('2026-11-25T15:00:00Z'), SAMPLE_NOW, 'Europe/Paris', 'America/Sao_Paulo'),
      'Wed 25 Nov, 16:00 (in 3h; Wed 25 Nov, 12:00 in America/Sao_Paulo)',
    );
  });
});
