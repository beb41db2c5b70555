import * as assert from 'node:assert/strict';
import { checkOutcome, checkRecord, type CheckContext } from '../../../../src/core/checks/checkRecord';
import { parseCodeowners, type Codeowners } from '../../../../src/core/handbook/codeowners';
import { parseRecord } from '../../../../src/core/records/parseRecord';
import { parseConfig } from '../../../../src/core/team/config';
import type { PageRecord, Problem } from '../../../../src/core/records/types';
import { applyEdits } from '../../../support/helpers';

const config = parseConfig(
  [
    'team:',
    '  - handle: alice',
    '    timezone: Europe/Paris',
    '  - handle: bruno',
    '    timezone: America/Sao_Paulo',
    '  - handle: chen',
    '    timezone: Asia/Shanghai',
  ].join('\n'),
).config;

/** 20:00 UTC on 7 December: 21:00 on the 7th in Paris, 17:00 in São Paulo, 04:00 on the 8th in Shanghai. */
const NOW = new Date('2026-12-07T20:00:00Z');
const PATH = 'handbook/on-call.md';

const CODEOWNERS = parseCodeowners(
  ['# Handbook owners', 'handbook/ @chen', 'handbook/shared/ @acme/docs ops@example.com @bruno', 'handbook/drafts/'].join('\n'),
  '.github/CODEOWNERS',
);

const context = (codeowners: Codeowners | null = null, exists: (p: string) => boolean = () => true): CheckContext => ({
  config,
  now: NOW,
  zone: 'UTC',
  records: [],
  exists,
  codeowners,
});

const textOf = (...frontMatter: string[]) =>
  ['---', 'title: On call', ...frontMatter, '---', '', '# On call', '', 'Carry the pager.', ''].join('\n');
const read = (text: string, path = PATH) => parseRecord('page', path, text, config) as PageRecord;
const check = (text: string, ctx = context(), path = PATH) => checkRecord(read(text, path), ctx, text);
const codes = (problems: Problem[]) => problems.map((p) => [p.code, p.severity, p.line]);

/** A page of chen's reviewed on `day`, every 6 months (the team default). */
const reviewed = (day: string, owner = 'chen') => textOf(`owner: ${owner}`, `last-reviewed: ${day}`);

describe('completeness checks for handbook pages', () => {
  it('find nothing on a page with one owner, reviewed, its links leading somewhere', () => {
    const text = `${reviewed('2026-10-01')}See [the rota](rota.md) and [the status page](https://status.example.com).\n`;
    assert.deepEqual(check(text), []);
    const outcome = checkOutcome(read(text), context(), text);
    assert.deepEqual([outcome.passed, outcome.total, outcome.failed], [3, 3, []]);
  });

  describe('ownership', () => {
    it('a page without an owner anywhere: missing-owner at the top, with one fix per team member', () => {
      const text = textOf('last-reviewed: 2026-10-01');
      const [p, ...rest] = check(text);
      assert.deepEqual(rest, []);
      assert.deepEqual([p.code, p.severity, p.line, p.column, p.endColumn], ['missing-owner', 'warning', 0, 0, 3]);
      assert.equal(
        p.message,
        'This page has no owner: no "owner" in its front matter and no CODEOWNERS line names one. Name exactly one person, so readers know who to reach.',
      );
      assert.deepEqual(
        p.fixes!.map((f) => f.title),
        [
          'Make @alice the owner of this page (Europe/Paris)',
          'Make @bruno the owner of this page (America/Sao_Paulo)',
          'Make @chen the owner of this page (Asia/Shanghai)',
        ],
      );
      const fixed = applyEdits(text, [p.fixes![1].edit]);
      assert.deepEqual(read(fixed).owners, ['bruno']);
      assert.deepEqual(check(fixed), []);
    });

    it('a CODEOWNERS line that matches without naming anyone: missing-owner names that line', () => {
      const [p] = check(textOf('last-reviewed: 2026-10-01'), context(CODEOWNERS), 'handbook/drafts/idea.md');
      assert.equal(p.code, 'missing-owner');
      assert.match(p.message, /^This page has no owner: \.github\/CODEOWNERS line 4 \(handbook\/drafts\/\) names no owner for it/);
    });

    it('an owner from CODEOWNERS is enough', () => {
      assert.deepEqual(check(textOf('last-reviewed: 2026-10-01'), context(CODEOWNERS)), []);
    });

    it('several owners in the front matter: multiple-owners on the owner line, a fix per owner', () => {
      const text = textOf('owner: [alice, bruno]', 'last-reviewed: 2026-10-01');
      const [p, ...rest] = check(text);
      assert.deepEqual(rest, []);
      assert.deepEqual([p.code, p.severity, p.line], ['multiple-owners', 'warning', 2]);
      assert.equal(p.message, 'Shared ownership is not ownership: @alice and @bruno are both named as owner; name one person in "owner".');
      assert.deepEqual(
        p.fixes!.map((f) => f.title),
        ['Make @alice the owner of this page (Europe/Paris)', 'Make @bruno the owner of this page (America/Sao_Paulo)'],
      );
      const [three] = check(textOf('owner: alice, bruno and chen', 'last-reviewed: 2026-10-01'));
      assert.match(three.message, /: @alice, @bruno and @chen are all named as owner;/);
      const fixed = applyEdits(text, [p.fixes![0].edit]);
      assert.equal(fixed.split('\n')[2], 'owner: alice');
      assert.deepEqual(check(fixed), []);
    });

    it('several owners on a CODEOWNERS line: the message names the line; only people can be made the owner', () => {
      const text = textOf('last-reviewed: 2026-10-01');
      const [p, ...rest] = check(text, context(CODEOWNERS), 'handbook/shared/style.md');
      assert.deepEqual(rest, []);
      assert.deepEqual([p.code, p.severity, p.line], ['multiple-owners', 'warning', 0]);
      assert.equal(
        p.message,
        'Shared ownership is not ownership: .github/CODEOWNERS line 3 (handbook/shared/) names @acme/docs, ops@example.com and @bruno; name one person in "owner".',
      );
      assert.deepEqual(
        p.fixes!.map((f) => f.title),
        ['Make @bruno the owner of this page (America/Sao_Paulo)'],
      );
      const fixed = applyEdits(text, [p.fixes![0].edit]);
      assert.deepEqual(check(fixed, context(CODEOWNERS), 'handbook/shared/style.md'), []);
    });
  });

  describe('reviews', () => {
    it("a page never reviewed: never-reviewed, whose fix marks it reviewed on the owner's today", () => {
      const text = textOf('owner: chen');
      const [p, ...rest] = check(text);
      assert.deepEqual(rest, []);
      assert.deepEqual([p.code, p.severity, p.line], ['never-reviewed', 'warning', 0]);
      assert.equal(
        p.message,
        'This page has never been reviewed: when @chen has checked it is still right, set "last-reviewed" to that day.',
      );
      // 04:00 on 8 December in Shanghai.
      assert.deepEqual(
        p.fixes!.map((f) => f.title),
        ['Mark Reviewed (2026-12-08)'],
      );
      const fixed = applyEdits(text, [p.fixes![0].edit]);
      assert.equal(read(fixed).lastReviewed, '2026-12-08');
      assert.deepEqual(check(fixed), []);
    });

    it("is overdue from the day after its review day on the owner's calendar, and Mark Reviewed writes the owner's today", () => {
      // Due on 7 December (6 months after 7 June): the 8th has begun in Shanghai, not yet in Paris or São Paulo.
      assert.deepEqual(check(reviewed('2026-06-07', 'alice')), []);
      assert.deepEqual(check(reviewed('2026-06-07', 'bruno')), []);
      const text = reviewed('2026-06-07', 'chen');
      const [p, ...rest] = check(text);
      assert.deepEqual(rest, []);
      assert.deepEqual(
        [p.code, p.severity, p.line, p.column, p.endColumn],
        ['review-overdue', 'warning', 3, 0, 'last-reviewed: 2026-06-07'.length],
      );
      assert.equal(p.message, 'Review 1 day overdue (due 7 Dec 2026, every 6 months): @chen should check it is still right.');
      assert.deepEqual(
        p.fixes!.map((f) => f.title),
        ['Mark Reviewed (2026-12-08)'],
      );
      const fixed = applyEdits(text, [p.fixes![0].edit]);
      assert.equal(fixed, text.replace('last-reviewed: 2026-06-07', 'last-reviewed: 2026-12-08'));
      assert.equal(read(fixed).reviewBy, '2027-06-08');
      assert.deepEqual(check(fixed), []);
    });

    it("counts the days overdue and names the page's own interval", () => {
      const [p] = check(textOf('owner: alice', 'last-reviewed: 2026-11-01', 'review-every: 2 weeks'));
      // Due 15 November; 7 December in Paris is 22 days later.
      assert.equal(p.message, 'Review 22 days overdue (due 15 Nov 2026, every 2 weeks): @alice should check it is still right.');
    });

    it('a shared page is reviewed by "its owner", on the team calendar (UTC)', () => {
      const [owners, overdue] = check(textOf('owner: [alice, chen]', 'last-reviewed: 2026-06-06'));
      assert.equal(owners.code, 'multiple-owners');
      assert.equal(overdue.message, 'Review 1 day overdue (due 6 Dec 2026, every 6 months): its owner should check it is still right.');
      assert.equal(overdue.fixes![0].title, 'Mark Reviewed (2026-12-07)');
    });

    it('a last review that is not a day is an error on its line, and no other review problem', () => {
      const problems = check(textOf('owner: chen', 'last-reviewed: 2026-02-30'));
      assert.deepEqual(codes(problems), [['invalid-date', 'error', 3]]);
      const outcome = checkOutcome(read(textOf('owner: chen', 'last-reviewed: 2026-02-30')), context());
      assert.deepEqual(outcome.failed, ['review']);
    });

    it('keeps its fixes when its review interval cannot be read (the front matter itself can be)', () => {
      const text = textOf('last-reviewed: 2026-06-06', 'review-every: often');
      const problems = check(text);
      assert.deepEqual(
        problems.map((p) => [p.code, p.line]),
        [
          ['invalid-front-matter', 3],
          ['missing-owner', 0],
          ['review-overdue', 2],
        ],
      );
      assert.equal(problems[1].fixes?.length, 3);
      assert.equal(problems[2].fixes?.[0].title, 'Mark Reviewed (2026-12-07)');
    });
  });

  it('reports links to missing files', () => {
    const text = `${reviewed('2026-10-01')}See [the rota](rota.md), [the runbook](../runbooks/db.md) and [the site](https://example.com).\n`;
    const problems = check(
      text,
      context(null, (p) => p === 'runbooks/db.md'),
    );
    assert.deepEqual(codes(problems), [['broken-link', 'warning', 9]]);
    assert.equal(problems[0].message, 'Link to a missing file: rota.md');
    assert.deepEqual([problems[0].column, problems[0].endColumn], ['See '.length, 'See [the rota](rota.md)'.length]);
  });

  it('are warnings, except what cannot be read', () => {
    const problems = [
      ...check(textOf('owner: [alice, bruno]')),
      ...check(
        textOf(),
        context(null, () => false),
      ),
      ...check(
        `${reviewed('2025-01-01')}[x](gone.md)\n`,
        context(null, () => false),
      ),
    ];
    assert.deepEqual([...new Set(problems.map((p) => `${p.code} ${p.severity}`))].sort(), [
      'broken-link warning',
      'missing-owner warning',
      'multiple-owners warning',
      'never-reviewed warning',
      'review-overdue warning',
    ]);
    assert.equal(check(textOf('owner: chen', 'last-reviewed: soon'))[0].severity, 'error');
    // The team's interval stands in for one that cannot be read.
    assert.equal(check(textOf('owner: chen', 'last-reviewed: 2026-10-01', 'review-every: often'))[0].severity, 'warning');
  });
});
