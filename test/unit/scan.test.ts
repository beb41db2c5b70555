import * as assert from 'node:assert/strict';
import { scan } from '../../src/node/scan';
import { SAMPLE_REPO } from './helpers';

describe('indexing the sample repository', () => {
  it('finds every record by type, with titles', async () => {
    const { index, config } = await scan(SAMPLE_REPO);
    assert.deepEqual(config.problems, []);
    const byType = (t: string) => index.records().filter((r) => r.type === t);
    assert.equal(byType('request').length, 7);
    assert.equal(byType('decision').length, 11);
    assert.equal(byType('meeting').length, 2);
    assert.equal(index.get('docs/adr/0002-use-postgresql.md')?.title, 'Use PostgreSQL for persistence');
    assert.equal(index.get('services/billing/docs/adr/0001-use-stripe-for-payments.md')?.title, 'Use Stripe for card payments');
    assert.equal(index.get('docs/requests/2026-11-24-holiday-rota.md')?.title, 'On-call rota for the holidays');
  });

  it('does not parse an unchanged file again', async () => {
    const { index } = await scan(SAMPLE_REPO);
    const stamp = { mtime: 1, size: 10 };
    const first = index.update('docs/adr/0009-x.md', '# 9. X\n', stamp);
    assert.equal(index.isStale('docs/adr/0009-x.md', stamp), false);
    assert.equal(index.isStale('docs/adr/0009-x.md', { mtime: 2, size: 10 }), true);
    assert.equal(index.get('docs/adr/0009-x.md'), first);
  });
});
