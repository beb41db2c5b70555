import { readDocument } from '../../../../src/core/records/document';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkRecord } from '../../../../src/core/checks/checkRecord';
import { parseConfig } from '../../../../src/core/team/config';
import { parseRecord } from '../../../../src/core/records/parseRecord';
import { parseRequest } from '../../../../src/core/requests/request';
import { checkContext, loadFolder } from '../../../support/checks';
import { applyEdits, CHECKS_REPO, SAMPLE_REPO } from '../../../support/helpers';

describe('completeness checks for requests', () => {
  it('gives precise positions and severities', async () => {
    const { records, ctx } = await loadFolder(CHECKS_REPO);
    const problems = (p: string) =>
      checkRecord(
        records.find((r) => r.path === p)!,
        ctx,
      );
    const [ask, done] = problems('docs/requests/placeholder.md');
    assert.deepEqual([ask.column, ask.endColumn, ask.severity], [0, '<what you need from the owner>'.length, 'warning']);
    assert.deepEqual([done.column, done.endColumn], [0, 3]);
    const [link] = problems('docs/requests/broken-link.md');
    assert.deepEqual([link.column, link.endColumn], [4, 4 + '[the old request](2026-01-01-gone.md)'.length]);
    assert.equal(problems('docs/requests/missing-owner.md')[0].severity, 'error');
    assert.equal(problems('docs/requests/multiple-owners.md')[0].severity, 'error');
    const late = problems('docs/meetings/action-items.md').find((p) => p.code === 'overdue')!;
    // @bruno's 24 November ends at 03:00 UTC on the 25th in São Paulo: 9h before now.
    assert.match(late.message, /9h overdue/);
    assert.equal(late.column, '- '.length);
  });

  it('says why a reply-by is too soon, in the owner zone', async () => {
    const { records, ctx } = await loadFolder(CHECKS_REPO);
    const [p] = checkRecord(
      records.find((r) => r.path === 'docs/requests/reply-by-too-soon.md')!,
      ctx,
    );
    assert.match(p.message, /gives @bruno 9h; the team allows 24h/);
    // In the reader's zone (UTC here), with @bruno's clock named since it differs.
    assert.match(p.message, /reply-by Thu 26 Nov, 09:00 \(Thu 26 Nov, 06:00 in America\/Sao_Paulo\)\.$/);
  });

  it('says a passed deadline is overdue while the reply-by is still ahead, in the reader zone', () => {
    const config = parseConfig(readFileSync(path.join(SAMPLE_REPO, '.async/config.yaml'), 'utf8')).config;
    const text =
      '---\nstatus: open\nowner: bruno\nrequester: alice\ncreated: 2026-11-25T11:00:00Z\nreply-by: 2026-11-26T12:00:00Z\ndeadline: 2026-11-20\n---\n';
    const r = parseRequest(readDocument(text, 'docs/requests/x.md'), config);
    const overdue = checkRecord(r, { ...checkContext(SAMPLE_REPO, config, []), zone: 'Europe/Paris' }).filter((p) => p.code === 'overdue');
    assert.deepEqual(
      overdue.map((p) => [p.line, p.message]),
      [
        [
          6,
          'The deadline has passed, Sat 21 Nov, 03:59 (4d overdue; Fri 20 Nov, 23:59 in America/Sao_Paulo), and the request is still open.',
        ],
      ],
    );
  });

  it('inserts missing sections in the order of the template', async () => {
    const { ctx, config } = await loadFolder(CHECKS_REPO);
    const p = 'docs/requests/missing-section.md';
    let text = readFileSync(path.join(CHECKS_REPO, p), 'utf8');
    for (let i = 0; i < 2; i++) {
      const record = parseRecord('request', p, text, config);
      const problem = checkRecord(record, ctx).find((x) => x.code === 'missing-section')!;
      text = applyEdits(text, [problem.fixes![0].edit]);
    }
    const after = parseRecord('request', p, text, config);
    assert.deepEqual(
      after.sections.map((s) => s.heading),
      ['Context', 'The ask', 'Definition of done', 'Deadline and why'],
    );
    assert.deepEqual(
      checkRecord(after, ctx).map((x) => x.code),
      ['empty-section', 'empty-section'],
    );
  });

  it('appends a missing section at the end of a file with or without a final newline', () => {
    const config = parseConfig(readFileSync(path.join(CHECKS_REPO, '.async/config.yaml'), 'utf8')).config;
    const ctx = checkContext(CHECKS_REPO, config, []);
    for (const ending of ['\n', '']) {
      const text =
        '---\nowner: alice\ncreated: 2026-11-25T09:00:00Z\ndeadline: 2026-12-01\n---\n\n## Context\nc\n\n## The ask\na\n\n## Definition of done\nd' +
        ending;
      const record = parseRecord('request', 'docs/requests/x.md', text, config);
      const problem = checkRecord(record, ctx).find((x) => x.code === 'missing-section')!;
      const after = applyEdits(text, [problem.fixes![0].edit]);
      assert.ok(after.endsWith('d\n\n## Deadline and why\n\n'), JSON.stringify(after));
    }
  });

  it('finds the deliberately incomplete requests of the sample repository', async () => {
    const { records, ctx } = await loadFolder(SAMPLE_REPO);
    const codes = (p: string) =>
      [
        ...new Set(
          checkRecord(
            records.find((r) => r.path === p)!,
            ctx,
          ).map((x) => x.code),
        ),
      ].sort();
    assert.deepEqual(codes('docs/requests/2026-11-24-flaky-tests.md'), [
      'missing-deadline',
      'missing-owner',
      'missing-section',
      'overdue',
      'placeholder',
    ]);
    assert.deepEqual(codes('docs/requests/2026-11-22-vendor-contract.md'), ['multiple-owners', 'overdue', 'reply-by-too-soon']);
    assert.deepEqual(codes('docs/requests/2026-11-25-review-api-limits.md'), []);
    assert.deepEqual(codes('docs/meetings/2026-11-26-sprint-planning.md'), []);
  });

  it('quick fixes write owners that read back as the handle, and never one that is not a handle', () => {
    const config = parseConfig('team:\n  - handle: 1234\n  - handle: "alice\\nStatus: accepted"\n').config;
    const ctx = { config, now: new Date('2026-11-25T12:00:00Z'), zone: 'UTC', records: [], exists: () => true };
    const none = '---\ntitle: X\nstatus: open\n---\n';
    const [fix, ...others] = checkRecord(parseRequest(readDocument(none, 'r.md'), config), ctx).find(
      (p) => p.code === 'missing-owner',
    )!.fixes!;
    assert.deepEqual([fix.title, others], ['Make @1234 the owner (UTC)', []]);
    assert.equal(parseRequest(readDocument(applyEdits(none, [fix.edit]), 'r.md'), config).owner, '1234');
    const two = '---\ntitle: X\nstatus: open\nowner: ["alice\\nStatus: accepted", "null"]\n---\n';
    const keep = checkRecord(parseRequest(readDocument(two, 'r.md'), config), ctx).find((p) => p.code === 'multiple-owners')!.fixes!;
    assert.deepEqual(
      keep.map((f) => f.title),
      ['Keep @null as the only owner'],
    );
    assert.equal(parseRequest(readDocument(applyEdits(two, [keep[0].edit]), 'r.md'), config).owner, 'null');
  });
});
