import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/main';
import { CHECKS_REPO, SAMPLE_REPO } from './helpers';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s), env: {} });
  return { code, out, err };
}

const NOW = ['--now', '2026-11-25T12:00:00Z'];

describe('async-work list', () => {
  it('prints one JSON array with the fields of every record', async () => {
    const { code, out } = await cli('list', SAMPLE_REPO, '--format', 'json', ...NOW);
    assert.equal(code, 0);
    const rows = JSON.parse(out) as Record<string, unknown>[];
    assert.equal(rows.length, 20);
    const keys = ['path', 'type', 'number', 'title', 'status', 'statusRaw', 'date', 'owner', 'replyBy', 'deadline', 'commentsUntil', 'supersededBy', 'problems'];
    for (const r of rows) assert.deepEqual(Object.keys(r), keys);
    const rest = rows.find((r) => r.path === 'docs/adr/0003-expose-a-rest-api.md')!;
    assert.deepEqual([rest.number, rest.status, rest.supersededBy], [3, 'superseded', 'docs/adr/0005-expose-a-graphql-api.md']);
    const trunk = rows.find((r) => r.path === 'docs/adr/0006-adopt-trunk-based-development.md')!;
    assert.deepEqual([trunk.status, trunk.owner, trunk.commentsUntil], ['proposed', 'alice', '2026-11-27T22:59:59.999Z']);
    const flaky = rows.find((r) => r.path === 'docs/requests/2026-11-24-flaky-tests.md')!;
    assert.deepEqual(flaky.problems, ['missing-owner', 'missing-deadline', 'missing-section', 'placeholder', 'overdue']);
  });

  it('filters by type and status, and lists action items', async () => {
    const decisions = JSON.parse((await cli('list', SAMPLE_REPO, '--type', 'decision', '--status', 'proposed', '--format', 'json', ...NOW)).out) as { path: string }[];
    assert.deepEqual(decisions.map((r) => r.path), ['docs/adr/0006-adopt-trunk-based-development.md', 'docs/adr/0007-retire-the-legacy-queue.md', 'services/billing/docs/adr/0002-number-invoices-per-country.md']);
    const actions = JSON.parse((await cli('list', SAMPLE_REPO, '--type', 'action', '--status', 'open', '--format', 'json', ...NOW)).out) as { path: string; owner: string }[];
    assert.deepEqual(actions.map((a) => [a.path, a.owner]).slice(0, 1), [['docs/meetings/2026-11-19-retrospective.md#L17', 'alice']]);
    assert.equal(actions.length, 4);
  });

  it('writes a Markdown index of decisions in place of adr generate toc', async () => {
    const { out } = await cli('list', path.join(SAMPLE_REPO, 'docs/adr'), '--format', 'markdown');
    const lines = out.trim().split('\n');
    assert.deepEqual(lines.slice(0, 4), ['# Decision records', '', '| # | Decision | Status | Date |', '| --: | --- | --- | --- |']);
    assert.equal(lines[4], '| 1 | [Record architecture decisions](0001-record-architecture-decisions.md) | accepted | 2026-01-12 |');
    assert.equal(lines[6], '| 3 | [Expose a REST API](0003-expose-a-rest-api.md) | superseded by [Expose a GraphQL API](0005-expose-a-graphql-api.md) | 2026-03-10 |');
    // 10 November in São Paulo, whatever instant it ends at in UTC.
    assert.equal(lines[10], '| 7 | [Retire the legacy queue](0007-retire-the-legacy-queue.md) | proposed | 2026-11-10 |');
    assert.equal(lines.length, 11);
  });

  it('refuses unknown formats and options with exit code 2', async () => {
    assert.deepEqual(await cli('list', '--format', 'xml'), { code: 2, out: '', err: 'async-work list: --format must be one of table, json, markdown\n' });
    assert.equal((await cli('list', '--colour')).code, 2);
    assert.equal((await cli('list', '--now', 'tomorrow')).code, 2);
  });
});

describe('async-work check', () => {
  it('prints the problems of the deliberately incomplete sample requests as JSON and exits 1 on errors', async () => {
    const { code, out } = await cli('check', SAMPLE_REPO, ...NOW, '--format', 'json');
    assert.equal(code, 1);
    const rows = JSON.parse(out) as { path: string; line: number; code: string; severity: string; message: string }[];
    for (const r of rows) assert.deepEqual(Object.keys(r), ['path', 'line', 'code', 'severity', 'message']);
    const flaky = rows.filter((r) => r.path === 'docs/requests/2026-11-24-flaky-tests.md');
    assert.deepEqual(flaky.map((r) => [r.line, r.code, r.severity]), [
      [1, 'missing-owner', 'error'],
      [1, 'missing-deadline', 'error'],
      [6, 'overdue', 'warning'],
      [10, 'placeholder', 'warning'],
      [12, 'missing-section', 'warning'],
      [12, 'missing-section', 'warning'],
    ]);
    assert.ok(rows.some((r) => r.path === 'docs/requests/2026-11-22-vendor-contract.md' && r.code === 'multiple-owners'));
  });

  it('exits 0 without errors, and prints each problem and a summary', async () => {
    assert.deepEqual(await cli('check', path.join(SAMPLE_REPO, 'docs/adr'), ...NOW), { code: 0, out: '7 records checked: 0 errors, 0 warnings, 0 notes.\n', err: '' });
    const { code, out } = await cli('check', path.join(CHECKS_REPO, 'docs/adr'), '--now', '2026-11-25T12:00:00Z');
    assert.equal(code, 1);
    const lines = out.trim().split('\n');
    assert.equal(lines[0], '0002-proposed-without-owner.md:1:1: warning missing-owner: This proposed decision has no owner; name the one person who drives it to a decision ("owner").');
    assert.equal(lines[lines.length - 1], '11 records checked: 5 errors, 4 warnings, 0 notes.');
  });

  it('prints GitHub workflow annotations with escaped values', async () => {
    const { out } = await cli('check', CHECKS_REPO, ...NOW, '--format', 'github');
    const lines = out.trim().split('\n');
    assert.ok(lines.every((l) => /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=Async Work%3A [a-z-]+::/.test(l)), out);
    assert.ok(lines.includes(`::error file=${path.join(CHECKS_REPO, 'docs/adr/0003-use-redis.md')},line=1,col=1,title=Async Work%3A duplicate-number::Decision number 3 is also used by 0003-use-memcached.md; give one of them the next free number.`));
  });

  it('reports a broken team configuration with its position', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-cli-'));
    fs.mkdirSync(path.join(dir, '.async'));
    fs.writeFileSync(path.join(dir, '.async/config.yaml'), 'reply-within: soon\n');
    const { code, out } = await cli('check', dir, '--format', 'json', ...NOW);
    fs.rmSync(dir, { recursive: true });
    assert.equal(code, 1);
    assert.deepEqual((JSON.parse(out) as { path: string; line: number; code: string }[]).map((r) => [r.path, r.line, r.code]), [['.async/config.yaml', 1, 'invalid-config']]);
  });
});

describe('the human-readable output of a hostile repository', () => {
  let dir: string;
  const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-cli-'));
    const adr = path.join(dir, 'docs/adr');
    fs.mkdirSync(adr, { recursive: true });
    // YAML's escapes: a line break that starts a workflow command, ESC, BEL and the right-to-left override.
    fs.writeFileSync(path.join(adr, '0001-use-redis.md'), '---\ntitle: "Use Redis\\n::error::injected \\e[2J\\a"\nstatus: "maybe\\n::error file=x::pwned \\e]0;t\\a\\u202e"\n---\n# Use Redis\n\nText.\n');
    fs.writeFileSync(path.join(adr, '0002-evil\n::error::name.md'), '# 2. Evil\n\nStatus: accepted\n');
  });
  after(() => fs.rmSync(dir, { recursive: true }));

  /** Each line of `out`, checked: no control character, and no line a CI runner would take as a workflow command. */
  function lines(out: string, annotations = false): string[] {
    const all = out.trimEnd().split('\n');
    for (const l of all) {
      assert.ok(!CONTROL.test(l), `a control character in ${JSON.stringify(l)}`);
      if (!annotations) assert.ok(!l.startsWith('::'), `a workflow command: ${l}`);
    }
    return all;
  }

  it('check writes control characters and line breaks as escapes in text', async () => {
    const { out } = await cli('check', dir, ...NOW);
    assert.deepEqual(lines(out), [
      'docs/adr/0001-use-redis.md:3:1: warning unknown-status: Unknown status "maybe\\n::error file=x::pwned \\x1b]0;t\\x07\\u202e"; write one of draft, proposed, accepted, rejected, deprecated, superseded.',
      '2 records checked: 0 errors, 1 warnings, 0 notes.',
    ]);
  });

  it("check keeps GitHub's escapes in annotations and escapes the other control characters", async () => {
    const { out } = await cli('check', dir, ...NOW, '--format', 'github');
    assert.deepEqual(lines(out, true), [
      '::warning file=' + path.join(dir, 'docs/adr/0001-use-redis.md').replace(/:/g, '%3A') + ',line=3,col=1,title=Async Work%3A unknown-status::Unknown status "maybe%0A::error file=x::pwned \\x1b]0;t\\x07\\u202e"; write one of draft, proposed, accepted, rejected, deprecated, superseded.',
    ]);
  });

  it('list escapes titles and paths in the table and in the Markdown index', async () => {
    const table = lines((await cli('list', dir)).out);
    assert.equal(table.length, 3);
    assert.match(table[1], /^decision {2}1 {2}unknown {3}Use Redis\\n::error::injected \\x1b\[2J\\x07 {2}docs\/adr\/0001-use-redis\.md$/);
    assert.match(table[2], /docs\/adr\/0002-evil\\n::error::name\.md$/);
    const index = lines((await cli('list', dir, '--format', 'markdown')).out);
    assert.deepEqual(index.slice(4), ['| 1 | [Use Redis\\n::error::injected \\x1b\\[2J\\x07](docs/adr/0001-use-redis.md) | unknown |  |', '| 2 | [Evil](docs/adr/0002-evil%0A::error::name.md) | accepted |  |']);
  });

  it('list keeps JSON as JSON, its strings escaped by JSON itself', async () => {
    const rows = JSON.parse((await cli('list', dir, '--format', 'json', ...NOW)).out) as { title: string }[];
    assert.equal(rows[0].title, 'Use Redis\n::error::injected \u001b[2J\u0007');
  });
});

