import * as assert from 'node:assert/strict';
import { listRow } from '../../../src/cli/list';
import { scan } from '../../../src/node/scan';
import { SAMPLE_NOW, SAMPLE_REPO } from '../../support/helpers';

describe('list rows of requests', () => {
  it('carry the reply-by and the deadline (the team reply-within when reply-by is not written)', async () => {
    const { index } = await scan(SAMPLE_REPO);
    const row = (p: string) => listRow(index.get(p)!, SAMPLE_NOW);
    const staging = row('docs/requests/2026-11-23-staging-db-access.md');
    assert.equal(staging.replyBy, '2026-11-24T09:00:00.000Z');
    // 27 November ends at 23:00 UTC in Paris.
    assert.equal(staging.deadline, '2026-11-27T22:59:59.999Z');
    // No owner, so the 24h reply-within runs in UTC from created.
    assert.equal(row('docs/requests/2026-11-24-flaky-tests.md').replyBy, '2026-11-25T11:00:00.000Z');
    assert.equal(row('docs/requests/2026-11-24-flaky-tests.md').deadline, null);
    assert.equal(row('docs/adr/0002-use-postgresql.md').replyBy, null);
  });

  it('carry what an open request waits for first, decided as in the Requests view', async () => {
    const { index } = await scan(SAMPLE_REPO);
    const row = (p: string) => listRow(index.get(p)!, SAMPLE_NOW);
    const vendor = row('docs/requests/2026-11-22-vendor-contract.md');
    assert.deepEqual([vendor.due, vendor.overdue], ['2026-11-20T18:00:00.000Z', true]);
    const review = row('docs/requests/2026-11-25-review-api-limits.md');
    assert.equal(review.overdue, false);
    assert.deepEqual([row('docs/adr/0002-use-postgresql.md').due, row('docs/adr/0002-use-postgresql.md').overdue], [null, false]);
  });
});
