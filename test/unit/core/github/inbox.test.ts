import * as assert from 'node:assert/strict';
import { mapInbox } from '../../../../src/core/github/inbox';
import { MalformedAnswer } from '../../../../src/core/github/malformedAnswer';
import { recorded } from '../../../support/recordedInbox';

describe('mapping GitHub answers', () => {
  it('maps a recorded answer to one item per issue or pull request, by the most direct reason', () => {
    const inbox = mapInbox(recorded.data, 'request');
    assert.equal(inbox.login, 'alice');
    assert.deepEqual(
      inbox.items.map((i) => `${i.category} ${i.repo}#${i.number} since ${i.since} ${i.reviewers.join(',')}`.trim()),
      [
        // Also assigned to alice: the review request names it.
        'review-requested acme/shop#101 since 2026-11-24T06:00:00Z',
        'team-review-requested acme/shop#102 since 2026-11-25T09:00:00Z acme/web',
        'assigned acme/shop#87 since 2026-11-24T16:00:00Z',
        'mentioned acme/shop#93 since 2026-11-25T07:00:00Z',
        'labelled acme/shop#90 since 2026-11-25T11:00:00Z',
        'waiting-on-others acme/shop#105 since 2026-11-24T10:00:00Z bruno',
      ],
    );
    assert.equal(inbox.items.find((i) => i.number === 93)?.author, null, 'a deleted account');
    assert.deepEqual(inbox.rateLimit, { limit: 5000, remaining: 4999, cost: 1, resetAt: '2026-11-25T12:41:07Z' });
    assert.deepEqual(inbox.truncated, []);
  });

  it('says which searches found more than they fetched', () => {
    const data = structuredClone(recorded.data) as { assigned: { issueCount: number } };
    data.assigned.issueCount = 73;
    assert.deepEqual(mapInbox(data, 'request').truncated, [{ search: 'assigned', total: 73 }]);
  });

  it('falls back to the creation time when no event says when the wait started', () => {
    const data = structuredClone(recorded.data) as { assigned: { nodes: ({ timelineItems: { nodes: unknown[] } } | null)[] } };
    for (const n of data.assigned.nodes) if (n) n.timelineItems.nodes = [];
    const inbox = mapInbox(data, 'request');
    assert.equal(inbox.items.find((i) => i.number === 87)?.since, '2026-11-23T10:00:00Z');
  });

  it('keeps my pull request out of "waiting on others" when nobody is asked for a review', () => {
    const data = structuredClone(recorded.data) as {
      waitingOnOthers: { nodes: { reviewRequests: { totalCount: number; nodes: unknown[] }; reviewDecision: string | null }[] };
    };
    data.waitingOnOthers.nodes[0].reviewRequests = { totalCount: 0, nodes: [] };
    assert.equal(
      mapInbox(data, 'request').items.some((i) => i.category === 'waiting-on-others'),
      false,
    );
    data.waitingOnOthers.nodes[0].reviewDecision = 'REVIEW_REQUIRED';
    assert.equal(
      mapInbox(data, 'request').items.some((i) => i.category === 'waiting-on-others'),
      true,
      'branch rules want a review',
    );
  });

  it('rejects answers without the queried shape', () => {
    for (const data of [
      undefined,
      null,
      'not json',
      {},
      { viewer: { login: 'alice' } },
      { ...(recorded.data as object), mentioned: { nodes: 'x' } },
    ]) {
      assert.throws(() => mapInbox(data, 'request'), MalformedAnswer, JSON.stringify(data)?.slice(0, 40));
    }
  });
});
