import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkRecord, type CheckContext } from '../../../../src/core/checks/checkRecord';
import { parseConfig, type TeamConfig } from '../../../../src/core/team/config';
import { parseRecord } from '../../../../src/core/records/parseRecord';
import { resolveLink } from '../../../../src/core/records/links';
import { requestChecks } from '../../../../src/core/checks/requests';
import type { AsyncRecord, ProblemCode } from '../../../../src/core/records/types';
import { scan } from '../../../../src/node/scan';
import { applyEdits, CHECKS_REPO, SAMPLE_NOW, SAMPLE_REPO } from '../../../support/helpers';

function context(root: string, config: TeamConfig, records: AsyncRecord[]): CheckContext {
  return { config, now: SAMPLE_NOW, records, exists: (p) => existsSync(path.join(root, p)) };
}

async function load(root: string) {
  const { index, config } = await scan(root);
  const records = index.records();
  return { records, config: config.config, ctx: context(root, config.config, records) };
}

/** Every problem code of this area, each triggered by a file below and absent from the complete ones. */
const CODES: ProblemCode[] = [
  'missing-owner',
  'multiple-owners',
  'missing-deadline',
  'reply-by-too-soon',
  'missing-section',
  'empty-section',
  'placeholder',
  'overdue',
  'broken-link',
  'invalid-date',
  'unknown-status',
  'duplicate-number',
  'decided-early',
  'invalid-front-matter',
  'duplicate-key',
];

/** The problems each fixture file must give, exactly, as [code, 0-based line]. */
const EXPECTED: Record<string, [ProblemCode, number][]> = {
  'docs/requests/complete.md': [],
  'docs/requests/missing-owner.md': [['missing-owner', 0]],
  'docs/requests/multiple-owners.md': [['multiple-owners', 3]],
  'docs/requests/missing-deadline.md': [['missing-deadline', 0]],
  'docs/requests/no-reply-clock.md': [['missing-deadline', 0]],
  'docs/requests/reply-by-too-soon.md': [['reply-by-too-soon', 5]],
  'docs/requests/missing-section.md': [
    ['missing-section', 8],
    ['missing-section', 8],
  ],
  'docs/requests/empty-section.md': [['empty-section', 8]],
  'docs/requests/placeholder.md': [
    ['placeholder', 12],
    ['placeholder', 15],
  ],
  'docs/requests/overdue.md': [
    ['overdue', 5],
    ['overdue', 6],
  ],
  'docs/requests/overdue-but-answered.md': [],
  'docs/requests/broken-link.md': [
    ['broken-link', 10],
    ['broken-link', 6],
  ],
  'docs/requests/duplicate-key.md': [['duplicate-key', 3]],
  'docs/requests/invalid-date.md': [
    ['unknown-status', 3],
    ['invalid-date', 6],
  ],
  'docs/meetings/complete.md': [],
  'docs/meetings/upcoming.md': [],
  'docs/meetings/pre-read-late.md': [['overdue', 7]],
  'docs/meetings/pre-read-empty.md': [['empty-section', 7]],
  'docs/meetings/no-date.md': [['missing-deadline', 0]],
  'docs/meetings/action-items.md': [
    ['missing-owner', 14],
    ['multiple-owners', 15],
    ['missing-deadline', 16],
    ['overdue', 17],
    ['invalid-date', 18],
  ],
  'docs/adr/0001-record-decisions.md': [],
  'docs/adr/0002-proposed-without-owner.md': [['missing-owner', 0]],
  'docs/adr/0003-use-redis.md': [['duplicate-number', 0]],
  'docs/adr/0003-use-memcached.md': [['duplicate-number', 0]],
  'docs/adr/0004-decided-early.md': [['decided-early', 1]],
  'docs/adr/0005-unknown-status.md': [['unknown-status', 6]],
  'docs/adr/0006-broken-link.md': [['broken-link', 6]],
  'docs/adr/0007-invalid-date.md': [['invalid-date', 2]],
  'docs/adr/0008-invalid-front-matter.md': [['invalid-front-matter', 2]],
  'docs/adr/0009-multiple-owners.md': [['multiple-owners', 0]],
  'docs/adr/0010-open-for-comments.md': [],
};

describe('completeness checks for requests, meetings, action items and decisions', () => {
  it('gives each fixture exactly its problems', async () => {
    const { records, ctx } = await load(CHECKS_REPO);
    assert.deepEqual(records.map((r) => r.path).sort(), Object.keys(EXPECTED).sort());
    for (const r of records) {
      const got = checkRecord(r, ctx).map((p) => [p.code, p.line]);
      assert.deepEqual(got, EXPECTED[r.path], r.path);
    }
  });

  it('has a file that triggers every code and complete files that trigger none', () => {
    for (const code of CODES) {
      assert.ok(
        Object.values(EXPECTED).some((list) => list.some(([c]) => c === code)),
        `${code} is triggered`,
      );
    }
    const complete = Object.entries(EXPECTED).filter(([, list]) => list.length === 0);
    assert.ok(complete.some(([p]) => p.startsWith('docs/requests/')));
    assert.ok(complete.some(([p]) => p.startsWith('docs/meetings/')));
    assert.ok(complete.some(([p]) => p.startsWith('docs/adr/')));
  });

  it('gives precise positions and severities', async () => {
    const { records, ctx } = await load(CHECKS_REPO);
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
    const { records, ctx } = await load(CHECKS_REPO);
    const [p] = checkRecord(
      records.find((r) => r.path === 'docs/requests/reply-by-too-soon.md')!,
      ctx,
    );
    assert.match(p.message, /gives @bruno 9h; the team allows 24h/);
    assert.match(p.message, /2026-11-26T06:00:00-03:00/);
  });

  it('offers quick fixes that remove the problem they are for', async () => {
    const { records, ctx, config } = await load(CHECKS_REPO);
    let fixed = 0;
    for (const r of records) {
      const text = readFileSync(path.join(CHECKS_REPO, r.path), 'utf8');
      for (const p of checkRecord(r, ctx, text)) {
        for (const fix of p.fixes ?? []) {
          const fixedText = applyEdits(text, [fix.edit]);
          const after = parseRecord(r.type, r.path, fixedText, config);
          const count = (x: AsyncRecord, t: string) => checkRecord(x, ctx, t).filter((q) => q.code === p.code).length;
          assert.equal(count(after, fixedText), count(r, text) - 1, `${r.path}: ${fix.title}`);
          assert.deepEqual(
            after.problems.filter((q) => q.code === 'invalid-front-matter'),
            [],
          );
          fixed++;
        }
      }
    }
    // Owners (2 people x 3 records + action item), two owners, deadlines, reply clock, SLA, sections.
    assert.ok(fixed >= 14, `${fixed} fixes`);
  });

  it('inserts missing sections in the order of the template', async () => {
    const { ctx, config } = await load(CHECKS_REPO);
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
    const ctx = context(CHECKS_REPO, config, []);
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

  it('scores a record by the share of checks passed', async () => {
    const { records, ctx } = await load(CHECKS_REPO);
    const score = (p: string) =>
      requestChecks(
        records.find((r) => r.path === p)!,
        ctx,
      );
    const complete = score('docs/requests/complete.md');
    assert.equal(complete.passed, complete.total);
    assert.ok(complete.total >= 9);
    const missing = score('docs/requests/missing-section.md');
    assert.equal(missing.total - missing.passed, 2);
    const actions = score('docs/meetings/action-items.md');
    assert.equal(actions.total - actions.passed, 5);
  });

  it('finds the deliberately incomplete requests of the sample repository', async () => {
    const { records, ctx } = await load(SAMPLE_REPO);
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

  it('resolves links relative to the record and from the root', () => {
    assert.equal(resolveLink('docs/requests/a.md', '../adr/0001-x.md#status'), 'docs/adr/0001-x.md');
    assert.equal(resolveLink('docs/requests/a.md', '/README.md'), 'README.md');
    assert.equal(resolveLink('docs/requests/a.md', 'my%20notes.md'), 'docs/requests/my notes.md');
    assert.equal(resolveLink('a.md', '../../outside.md'), null);
    assert.equal(resolveLink('docs/a.md', 'bad%zz.md'), 'docs/bad%zz.md');
  });
});
