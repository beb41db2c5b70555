import { readDocument } from '../../../../src/core/records/document';
import * as assert from 'node:assert/strict';
import { parseConfig } from '../../../../src/core/team/config';
import { parseDecision } from '../../../../src/core/decisions/parse';
import { supersedeCandidates } from '../../../../src/core/decisions/supersede';
import { scan } from '../../../../src/node/scan';
import { SAMPLE_REPO } from '../../../support/helpers';

const config = parseConfig('').config;
const decision = (path: string, status: string, date = '2026-01-01') => {
  const record = parseDecision(readDocument(`# X ${path}\n\nDate: ${date}\n\n## Status\n\n${status}\n`, path), config);
  return { ref: path, record };
};

describe('the decisions that can supersede another', () => {
  it('are the newer proposed and accepted ones, those of its folder first, each folder in number order', async () => {
    const { index } = await scan(SAMPLE_REPO);
    const all = index.records().flatMap((r) => (r.type === 'decision' ? [{ ref: r.path, record: r }] : []));
    const postgres = all.find((c) => c.ref === 'docs/adr/0002-use-postgresql.md')!.record;
    // Not 3 (superseded), 4 (rejected), 1 (older), the billing draft or the deprecated search decision.
    assert.deepEqual(
      supersedeCandidates(postgres, [...all].reverse()).map((c) => `${c.ref} ${c.record.status}`),
      [
        'docs/adr/0005-expose-a-graphql-api.md accepted',
        'docs/adr/0006-adopt-trunk-based-development.md proposed',
        'docs/adr/0007-retire-the-legacy-queue.md proposed',
        'services/billing/docs/adr/0001-use-stripe-for-payments.md accepted',
        'services/billing/docs/adr/0002-number-invoices-per-country.md proposed',
      ],
    );
  });

  it('count numbers in the folder only; elsewhere, and for date ids, the date tells', () => {
    const old = decision('docs/adr/0004-old.md', 'Accepted', '2026-05-01');
    const all = [
      old,
      decision('docs/adr/0002-lower.md', 'Accepted', '2026-09-01'),
      decision('docs/adr/0009-higher.md', 'Proposed', '2026-01-01'),
      decision('other/adr/0001-later.md', 'Accepted', '2026-06-01'),
      decision('other/adr/0002-earlier.md', 'Accepted', '2026-04-01'),
      decision('log/20260501-same-day.md', 'Accepted', '2026-05-01'),
      decision('log/20260430-day-before.md', 'Accepted', '2026-04-30'),
    ];
    assert.deepEqual(
      supersedeCandidates(old.record, all).map((c) => c.ref),
      ['docs/adr/0009-higher.md', 'log/20260501-same-day.md', 'other/adr/0001-later.md'],
    );
  });

  it('leave out drafts, rejected, deprecated and superseded ones, and the decision itself', () => {
    const old = decision('docs/adr/0001-old.md', 'Accepted');
    const others = ['Draft', 'Rejected', 'Deprecated', 'Superseded by [9. Y](0009-y.md)', 'Banana'].map((s, i) =>
      decision(`docs/adr/000${i + 2}-x.md`, s),
    );
    assert.deepEqual(supersedeCandidates(old.record, [old, ...others]), []);
  });
});
