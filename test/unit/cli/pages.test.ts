import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';
import { SAMPLE_REPO } from '../../support/helpers';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s), env: { TZ: 'UTC' } });
  return { code, out, err };
}

const NOW = ['--now', '2026-11-25T12:00:00Z'];

interface PageRow {
  path: string;
  type: string;
  title: string;
  owner: string | null;
  owners: string[];
  ownerSource: string;
  ownerRule: string | null;
  lastReviewed: string | null;
  reviewBy: string | null;
  status: string;
  problems: string[];
}

describe('async-work list --type page', () => {
  it('gives each page its owner, where the owner comes from, and its review dates, as JSON rows', async () => {
    const { code, out, err } = await cli('list', SAMPLE_REPO, '--type', 'page', '--format', 'json', ...NOW);
    assert.deepEqual([code, err], [0, '']);
    const rows = JSON.parse(out) as PageRow[];
    const by = (p: string) => rows.find((r) => r.path === `handbook/${p}`)!;
    assert.equal(rows.length, 9);
    assert.ok(rows.every((r) => r.type === 'page'));
    assert.deepEqual(Object.keys(rows[0]), [
      'path',
      'type',
      'title',
      'owner',
      'owners',
      'ownerSource',
      'ownerRule',
      'lastReviewed',
      'reviewBy',
      'status',
      'problems',
    ]);
    // The page's own owner wins over CODEOWNERS' /handbook/ @alice.
    assert.deepEqual(
      [by('on-call.md').owner, by('on-call.md').ownerSource, by('on-call.md').reviewBy, by('on-call.md').status],
      ['bruno', 'front-matter', '2026-12-02', 'due-soon'],
    );
    // No owner in the front matter: the last matching CODEOWNERS line decides.
    assert.deepEqual(
      [by('release-process.md').owner, by('release-process.md').ownerSource, by('release-process.md').ownerRule],
      ['bruno', 'codeowners', '.github/CODEOWNERS:11'],
    );
    assert.deepEqual(
      [by('local-development.md').owner, by('local-development.md').owners, by('local-development.md').problems],
      [null, ['alice', 'bruno'], ['multiple-owners']],
    );
    assert.deepEqual(
      [by('guides/code-review.md').ownerSource, by('guides/code-review.md').ownerRule, by('guides/code-review.md').problems],
      ['none', '.github/CODEOWNERS:15', ['missing-owner']],
    );
    // GOV.UK's keys, every 3 months.
    assert.deepEqual(
      [
        by('security.md').owner,
        by('security.md').lastReviewed,
        by('security.md').reviewBy,
        by('security.md').status,
        by('security.md').problems,
      ],
      ['chen', '2026-07-15', '2026-10-15', 'overdue', ['review-overdue']],
    );
    assert.deepEqual(
      [
        by('working-across-time-zones.md').lastReviewed,
        by('working-across-time-zones.md').status,
        by('working-across-time-zones.md').problems,
      ],
      [null, 'never-reviewed', ['never-reviewed']],
    );
  });

  it('filters by where the review stands, and leaves pages out of the records', async () => {
    const overdue = JSON.parse(
      (await cli('list', SAMPLE_REPO, '--type', 'page', '--status', 'overdue', '--format', 'json', ...NOW)).out,
    ) as PageRow[];
    assert.deepEqual(
      overdue.map((r) => r.path),
      ['handbook/onboarding.md', 'handbook/security.md'],
    );
    const records = JSON.parse((await cli('list', SAMPLE_REPO, '--format', 'json', ...NOW)).out) as { type: string }[];
    assert.equal(records.length, 20);
    assert.ok(records.every((r) => r.type !== 'page'));
  });

  it('prints a table and a Markdown handbook index by owner, no owner last', async () => {
    const table = (await cli('list', SAMPLE_REPO, '--type', 'page', ...NOW)).out.split('\n');
    assert.match(table[0], /^OWNER\s+REVIEWED\s+REVIEW BY\s+REVIEW\s+TITLE\s+PATH$/);
    assert.match(
      table.find((l) => l.includes('Onboarding'))!,
      /^@alice\s+2026-04-20\s+2026-10-20\s+review 36 days overdue\s+Onboarding\s+handbook\/onboarding\.md$/,
    );
    const index = (await cli('list', SAMPLE_REPO, '--type', 'page', '--format', 'markdown', ...NOW)).out;
    const headings = index.split('\n').filter((l) => l.startsWith('#'));
    assert.deepEqual(headings, ['# Handbook', '## @alice', '## @alice, @bruno', '## @bruno', '## @chen', '## No owner']);
    assert.match(index, /\| \[Onboarding\]\(handbook\/onboarding\.md\) \| 20 Apr 2026 \| 20 Oct 2026 \(review 36 days overdue\) \|/);
    assert.match(index, /\| \[Working across time zones\]\(handbook\/working-across-time-zones\.md\) \| never \| never reviewed \|/);
  });
});

describe('async-work check on pages', () => {
  it('reports the page problems as warnings, which do not fail the check, and counts the pages', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-pages-'));
    try {
      fs.mkdirSync(path.join(dir, 'handbook'));
      fs.mkdirSync(path.join(dir, '.github'));
      fs.writeFileSync(path.join(dir, '.github/CODEOWNERS'), '/handbook/ @alice @bruno\n!/handbook/x.md @chen\n');
      fs.writeFileSync(path.join(dir, 'handbook/runbook.md'), '---\ntitle: Runbook\nlast-reviewed: 2026-01-10\n---\n\n# Runbook\n');
      fs.writeFileSync(path.join(dir, 'handbook/fresh.md'), '---\nowner: chen\nlast-reviewed: 2026-11-01\n---\n\n# Fresh\n');
      const { code, out } = await cli('check', dir, ...NOW);
      assert.equal(code, 0);
      const lines = out.trim().split('\n');
      assert.match(lines[0], /^\.github\/CODEOWNERS:2:1: warning invalid-config: /);
      assert.deepEqual(lines.slice(1), [
        'handbook/runbook.md:1:1: warning multiple-owners: Shared ownership is not ownership: .github/CODEOWNERS line 1 (/handbook/) names @alice and @bruno; name one person in "owner".',
        'handbook/runbook.md:3:1: warning review-overdue: Review 138 days overdue (due 10 Jul 2026, every 6 months): its owner should check it is still right.',
        '0 records and 2 pages checked: 0 errors, 3 warnings, 0 notes.',
      ]);
      const github = (await cli('check', dir, ...NOW, '--format', 'github')).out;
      assert.match(github, /^::warning file=[^,]+handbook\/runbook\.md,line=3,col=1,title=Async Work%3A review-overdue::/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
