import { readDocument } from '../../../../src/core/records/document';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkOutcome, checkRecord, completenessText } from '../../../../src/core/checks/checkRecord';
import { parseConfig } from '../../../../src/core/team/config';
import { parseRecord } from '../../../../src/core/records/parseRecord';
import { parseRequest } from '../../../../src/core/requests/request';
import type { AsyncRecord, ProblemCode } from '../../../../src/core/records/types';
import { loadFolder } from '../../../support/checks';
import { applyEdits, CHECKS_REPO } from '../../../support/helpers';

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
    const { records, ctx } = await loadFolder(CHECKS_REPO);
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

  it('offers quick fixes that remove the problem they are for', async () => {
    const { records, ctx, config } = await loadFolder(CHECKS_REPO);
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
    // Owners (2 people x 3 records + action item), two owners, deadlines, reply clock, reply-within, sections.
    assert.ok(fixed >= 14, `${fixed} fixes`);
  });

  it('scores a record by the share of checks passed', async () => {
    const { records, ctx } = await loadFolder(CHECKS_REPO);
    const score = (p: string) =>
      checkOutcome(
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

  it('names the checks that failed next to the score', async () => {
    const { records, ctx } = await loadFolder(CHECKS_REPO);
    const outcome = (p: string) =>
      checkOutcome(
        records.find((r) => r.path === p)!,
        ctx,
      );
    assert.deepEqual(outcome('docs/requests/complete.md').failed, []);
    assert.equal(completenessText(outcome('docs/requests/complete.md')), '10/10 checks passed (100%)');
    assert.equal(
      completenessText(outcome('docs/requests/missing-section.md')),
      '8/10 checks passed (80%) — failed: The ask section, Definition of done section',
    );
    assert.deepEqual(outcome('docs/requests/empty-section.md').failed, ['Context section']);
    assert.deepEqual(outcome('docs/requests/overdue.md').failed, ['on time']);
    assert.deepEqual(outcome('docs/requests/placeholder.md').failed, ['template text']);
    assert.deepEqual(outcome('docs/requests/broken-link.md').failed, ['links']);
    assert.deepEqual(outcome('docs/meetings/no-date.md').failed, ['meeting date']);
    assert.deepEqual(outcome('docs/meetings/pre-read-late.md').failed, ['Pre-read section']);
    assert.deepEqual(outcome('docs/adr/0002-proposed-without-owner.md').failed, ['owner']);
    assert.deepEqual(outcome('docs/adr/0003-use-redis.md').failed, ['unique number']);
    assert.deepEqual(outcome('docs/adr/0004-decided-early.md').failed, ['comment window']);
    assert.deepEqual(outcome('docs/adr/0005-unknown-status.md').failed, ['status']);
    // Five action items fail; the text names them once.
    const actions = outcome('docs/meetings/action-items.md');
    assert.equal(actions.failed.length, 5);
    assert.match(completenessText(actions), /— failed: action items$/);
  });

  it('names the missing owner, reply-by and ask of a new request', () => {
    const config = parseConfig('team:\n  - handle: alice\n').config;
    const text = '---\ntitle: X\ndeadline: 2026-12-04\n---\n\n## Context\nc\n\n## Definition of done\nd\n\n## Deadline and why\nw\n';
    const r = parseRequest(readDocument(text, 'docs/requests/x.md'), config);
    const outcome = checkOutcome(r, { config, now: new Date('2026-11-25T12:00:00Z'), zone: 'UTC', records: [r], exists: () => true });
    assert.equal(completenessText(outcome), '7/10 checks passed (70%) — failed: owner, reply-by, The ask section');
  });

  it('words its problems as they are read: the section named once, "both" for two owners', async () => {
    const { records, ctx } = await loadFolder(CHECKS_REPO);
    const messages = (p: string) =>
      checkRecord(
        records.find((r) => r.path === p)!,
        ctx,
      ).map((x) => x.message);
    assert.deepEqual(messages('docs/requests/missing-section.md'), [
      'The section "The ask" is missing.',
      'The section "Definition of done" is missing.',
    ]);
    assert.deepEqual(messages('docs/requests/empty-section.md'), ['The section "Context" is empty.']);
    assert.deepEqual(messages('docs/requests/multiple-owners.md'), [
      'Shared ownership is not ownership: @alice and @bruno are both named as owner; keep one.',
    ]);
    assert.deepEqual(messages('docs/adr/0009-multiple-owners.md'), [
      'Shared ownership is not ownership: @alice and @bruno are both named as owner; keep one.',
    ]);
    assert.ok(
      messages('docs/meetings/action-items.md').includes('One owner per action item: @alice and @bruno are named; split it or keep one.'),
    );
    const config = parseConfig('team:\n  - handle: alice\n').config;
    const three = parseRequest(readDocument('---\nowner: [alice, bruno, chen]\n---\n', 'docs/requests/x.md'), config);
    const [shared] = checkRecord(three, {
      config,
      now: new Date('2026-11-25T12:00:00Z'),
      zone: 'UTC',
      records: [three],
      exists: () => true,
    });
    assert.equal(shared.message, 'Shared ownership is not ownership: @alice, @bruno and @chen are all named as owner; keep one.');
  });

  it('offers no quick fix that would add a second front matter block to one that is never closed', () => {
    const config = parseConfig('team:\n  - handle: alice\n').config;
    const text = '---\ntitle: X\nstatus: open\n\n## Context\n\nx\n\n## Action items\n\n- [ ] Do it (due 2026-12-01)\n';
    const r = parseRequest(readDocument(text, 'docs/requests/x.md'), config);
    const problems = checkRecord(r, { config, now: new Date('2026-11-25T12:00:00Z'), zone: 'UTC', records: [r], exists: () => true });
    const fixed = problems.filter((p) => p.fixes).map((p) => [p.code, p.fixes!.map((f) => f.title)]);
    assert.deepEqual(fixed, [
      ['missing-section', ['Add the section "The ask"']],
      ['missing-section', ['Add the section "Definition of done"']],
      ['missing-section', ['Add the section "Deadline and why"']],
      ['missing-owner', ['Assign to @alice']],
    ]);
    assert.ok(problems.some((p) => p.code === 'missing-owner' && p.line === 0 && !p.fixes));
  });
});
