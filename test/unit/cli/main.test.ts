import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';
import { CHECKS_REPO, SAMPLE_REPO } from '../../support/helpers';

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
    const keys = [
      'path',
      'type',
      'number',
      'title',
      'status',
      'statusRaw',
      'date',
      'owner',
      'replyBy',
      'deadline',
      'commentsUntil',
      'supersededBy',
      'due',
      'overdue',
      'problems',
    ];
    for (const r of rows) assert.deepEqual(Object.keys(r), keys);
    const rest = rows.find((r) => r.path === 'docs/adr/0003-expose-a-rest-api.md')!;
    assert.deepEqual([rest.number, rest.status, rest.supersededBy], [3, 'superseded', 'docs/adr/0005-expose-a-graphql-api.md']);
    const trunk = rows.find((r) => r.path === 'docs/adr/0006-adopt-trunk-based-development.md')!;
    assert.deepEqual([trunk.status, trunk.owner, trunk.commentsUntil], ['proposed', 'alice', '2026-11-27T22:59:59.999Z']);
    const flaky = rows.find((r) => r.path === 'docs/requests/2026-11-24-flaky-tests.md')!;
    assert.deepEqual(flaky.problems, ['missing-owner', 'missing-deadline', 'missing-section', 'placeholder', 'overdue']);
  });

  it('shows in the table when each open request is due, on the reader clock (TZ)', async () => {
    let out = '';
    const io = { out: (t: string) => (out += t), err: () => undefined, env: { TZ: 'Europe/Paris' } };
    assert.equal(await runCli(['list', SAMPLE_REPO, '--type', 'request', ...NOW], io), 0);
    const lines = out.split('\n');
    assert.match(lines[0], /^TYPE\s+#\s+STATUS\s+DUE\s+TITLE\s+PATH$/);
    const staging = lines.find((l) => l.includes('Read access to the staging database'));
    assert.match(staging ?? '', /^request\s+open\s+Tue 24 Nov, 10:00 \(27h overdue\)\s+Read access to the staging database\s/);
  });

  it('filters by type and status, and lists action items', async () => {
    const decisions = JSON.parse(
      (await cli('list', SAMPLE_REPO, '--type', 'decision', '--status', 'proposed', '--format', 'json', ...NOW)).out,
    ) as { path: string }[];
    assert.deepEqual(
      decisions.map((r) => r.path),
      [
        'docs/adr/0006-adopt-trunk-based-development.md',
        'docs/adr/0007-retire-the-legacy-queue.md',
        'services/billing/docs/adr/0002-number-invoices-per-country.md',
      ],
    );
    const actions = JSON.parse(
      (await cli('list', SAMPLE_REPO, '--type', 'action', '--status', 'open', '--format', 'json', ...NOW)).out,
    ) as { path: string; owner: string }[];
    assert.deepEqual(actions.map((a) => [a.path, a.owner]).slice(0, 1), [['docs/meetings/2026-11-19-retrospective.md#L17', 'alice']]);
    assert.equal(actions.length, 4);
  });

  it('writes a Markdown index of decisions in place of adr generate toc', async () => {
    const { out } = await cli('list', path.join(SAMPLE_REPO, 'docs/adr'), '--format', 'markdown');
    const lines = out.trim().split('\n');
    assert.deepEqual(lines.slice(0, 4), ['# Decision records', '', '| # | Decision | Status | Date |', '| --: | --- | --- | --- |']);
    assert.equal(lines[4], '| 1 | [Record architecture decisions](0001-record-architecture-decisions.md) | accepted | 2026-01-12 |');
    assert.equal(
      lines[6],
      '| 3 | [Expose a REST API](0003-expose-a-rest-api.md) | superseded by [Expose a GraphQL API](0005-expose-a-graphql-api.md) | 2026-03-10 |',
    );
    // 10 November in São Paulo, whatever instant it ends at in UTC.
    assert.equal(lines[10], '| 7 | [Retire the legacy queue](0007-retire-the-legacy-queue.md) | proposed | 2026-11-10 |');
    assert.equal(lines.length, 11);
  });

  it('refuses unknown formats and options with exit code 2', async () => {
    assert.deepEqual(await cli('list', '--format', 'xml'), {
      code: 2,
      out: '',
      err: 'async-work list: --format must be one of table, json, markdown\n',
    });
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
    assert.deepEqual(
      flaky.map((r) => [r.line, r.code, r.severity]),
      [
        [1, 'missing-owner', 'error'],
        [1, 'missing-deadline', 'error'],
        [6, 'overdue', 'warning'],
        [10, 'placeholder', 'warning'],
        [12, 'missing-section', 'warning'],
        [12, 'missing-section', 'warning'],
      ],
    );
    assert.ok(rows.some((r) => r.path === 'docs/requests/2026-11-22-vendor-contract.md' && r.code === 'multiple-owners'));
  });

  it('exits 0 without errors, and prints each problem and a summary', async () => {
    assert.deepEqual(await cli('check', path.join(SAMPLE_REPO, 'docs/adr'), ...NOW), {
      code: 0,
      out: '7 records checked: 0 errors, 0 warnings, 0 notes.\n',
      err: '',
    });
    const { code, out } = await cli('check', path.join(CHECKS_REPO, 'docs/adr'), '--now', '2026-11-25T12:00:00Z');
    assert.equal(code, 1);
    const lines = out.trim().split('\n');
    assert.equal(
      lines[0],
      '0002-proposed-without-owner.md:1:1: warning missing-owner: This proposed decision has no owner; name the one person who drives it to a decision ("owner").',
    );
    assert.equal(lines[lines.length - 1], '11 records checked: 5 errors, 4 warnings, 0 notes.');
  });

  it('prints GitHub workflow annotations with escaped values', async () => {
    const { out } = await cli('check', CHECKS_REPO, ...NOW, '--format', 'github');
    const lines = out.trim().split('\n');
    assert.ok(
      lines.every((l) => /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=Async Work%3A [a-z-]+::/.test(l)),
      out,
    );
    assert.ok(
      lines.includes(
        `::error file=${path.join(CHECKS_REPO, 'docs/adr/0003-use-redis.md')},line=1,col=1,title=Async Work%3A duplicate-number::Decision number 3 is also used by 0003-use-memcached.md; give one of them the next free number.`,
      ),
    );
  });

  it('reports a broken team configuration with its position', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-cli-'));
    fs.mkdirSync(path.join(dir, '.async'));
    fs.writeFileSync(path.join(dir, '.async/config.yaml'), 'reply-within: soon\n');
    const { code, out } = await cli('check', dir, '--format', 'json', ...NOW);
    fs.rmSync(dir, { recursive: true });
    assert.equal(code, 1);
    assert.deepEqual(
      (JSON.parse(out) as { path: string; line: number; code: string }[]).map((r) => [r.path, r.line, r.code]),
      [['.async/config.yaml', 1, 'invalid-config']],
    );
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
    fs.writeFileSync(
      path.join(adr, '0001-use-redis.md'),
      '---\ntitle: "Use Redis\\n::error::injected \\e[2J\\a"\nstatus: "maybe\\n::error file=x::pwned \\e]0;t\\a\\u202e"\n---\n# Use Redis\n\nText.\n',
    );
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
      '::warning file=' +
        path.join(dir, 'docs/adr/0001-use-redis.md').replace(/:/g, '%3A') +
        ',line=3,col=1,title=Async Work%3A unknown-status::Unknown status "maybe%0A::error file=x::pwned \\x1b]0;t\\x07\\u202e"; write one of draft, proposed, accepted, rejected, deprecated, superseded.',
    ]);
  });

  it('list escapes titles and paths in the table and in the Markdown index', async () => {
    const table = lines((await cli('list', dir)).out);
    assert.equal(table.length, 3);
    assert.match(table[1], /^decision {2}1 {2}unknown {3}Use Redis\\n::error::injected \\x1b\[2J\\x07 {2}docs\/adr\/0001-use-redis\.md$/);
    assert.match(table[2], /docs\/adr\/0002-evil\\n::error::name\.md$/);
    const index = lines((await cli('list', dir, '--format', 'markdown')).out);
    assert.deepEqual(index.slice(4), [
      '| 1 | [Use Redis\\n::error::injected \\x1b\\[2J\\x07](docs/adr/0001-use-redis.md) | unknown |  |',
      '| 2 | [Evil](docs/adr/0002-evil%0A::error::name.md) | accepted |  |',
    ]);
  });

  it('list keeps JSON as JSON, its strings escaped by JSON itself', async () => {
    const rows = JSON.parse((await cli('list', dir, '--format', 'json', ...NOW)).out) as { title: string }[];
    assert.equal(rows[0].title, 'Use Redis\n::error::injected \u001b[2J\u0007');
  });
});

describe('async-work on folders it cannot wholly read', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-fs-'));
    fs.mkdirSync(path.join(dir, 'docs/adr'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'docs/adr/0001-use-git.md'), '# 1. Use git\n\nDate: 2026-01-12\n\n## Status\n\nAccepted\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  const fifo = (rel: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    execFileSync('mkfifo', [path.join(dir, rel)]);
  };
  const rows = async (root = dir) => {
    const { code, out } = await cli('check', root, '--format', 'json', ...NOW);
    return {
      code,
      rows: (JSON.parse(out) as { path: string; line: number; code: string; message: string }[]).map((r) => [r.path, r.line, r.code]),
      messages: (JSON.parse(out) as { message: string }[]).map((r) => r.message),
    };
  };

  it('skips a FIFO where the team configuration, .adr-dir or a record is expected, with a problem each, and never waits on it', async () => {
    fifo('.async/config.yaml');
    fifo('.adr-dir');
    fifo('docs/adr/0002-wait.md');
    const { code, rows: found, messages } = await rows();
    assert.equal(code, 1);
    assert.deepEqual(found, [
      ['.adr-dir', 1, 'invalid-config'],
      ['.async/config.yaml', 1, 'invalid-config'],
      ['docs/adr/0002-wait.md', 1, 'unreadable'],
    ]);
    assert.ok(
      messages.every((m) => /not a regular file/.test(m)),
      messages.join('\n'),
    );
    const listed = await cli('list', dir, '--format', 'json', ...NOW);
    assert.deepEqual([listed.code, (JSON.parse(listed.out) as { path: string }[]).map((r) => r.path)], [0, ['docs/adr/0001-use-git.md']]);
    assert.match(listed.err, /^async-work list: \.async\/config\.yaml:1: .*not a regular file/m);
    assert.match(listed.err, /^async-work list: docs\/adr\/0002-wait\.md is not a regular file/m);
  });

  it('reports records it cannot read, so check does not pass on them: a link to nothing, a link to itself, a link out', async () => {
    fs.symlinkSync('0009-gone.md', path.join(dir, 'docs/adr/0002-dangling.md'));
    fs.symlinkSync('0003-loop.md', path.join(dir, 'docs/adr/0003-loop.md'));
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.md'), '# 4. Secret\n\n## Status\n\nAccepted\n');
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'docs/adr/0004-secret.md'));
    fs.symlinkSync('0001-use-git.md', path.join(dir, 'docs/adr/0005-alias.md'));
    const { code, rows: found, messages } = await rows();
    const listed = JSON.parse((await cli('list', dir, '--format', 'json', ...NOW)).out) as { path: string; title: string }[];
    fs.rmSync(outside, { recursive: true });
    assert.equal(code, 1);
    assert.deepEqual(found, [
      ['docs/adr/0002-dangling.md', 1, 'unreadable'],
      ['docs/adr/0003-loop.md', 1, 'unreadable'],
      ['docs/adr/0004-secret.md', 1, 'unreadable'],
      // The alias is read: its title's number is the file it links to.
      ['docs/adr/0005-alias.md', 1, 'number-mismatch'],
    ]);
    assert.match(messages[0], /link to nothing/);
    assert.match(messages[1], /ELOOP/);
    assert.match(messages[2], /links outside the workspace folder/);
    assert.deepEqual(
      listed.map((r) => [r.path, r.title]),
      [
        ['docs/adr/0001-use-git.md', 'Use git'],
        ['docs/adr/0005-alias.md', 'Use git'],
      ],
      'a link that stays inside is read',
    );
  });

  it('fails on a folder that is not one', async () => {
    fs.symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'gone'));
    assert.deepEqual((await rows(path.join(dir, 'gone'))).rows, [['.', 1, 'unreadable']]);
    assert.deepEqual((await rows(path.join(dir, 'docs/adr/0001-use-git.md'))).rows, [['.', 1, 'unreadable']]);
  });

  it('does not read a huge team configuration, and says so', async () => {
    write('.async/config.yaml', `team:\n${'  - handle: alice\n    timezone: Europe/Paris\n'.repeat(120_000)}`);
    const { code, rows: found, messages } = await rows();
    assert.deepEqual([code, found], [1, [['.async/config.yaml', 1, 'invalid-config']]]);
    assert.match(messages[0], /larger than 64 KB/);
  });

  it('reports a duration out of range instead of failing on it', async () => {
    write('.async/config.yaml', 'comment-period: 100000000d\n');
    write('docs/adr/0002-proposed.md', '# 2. Proposed\n\nDate: 2026-11-20\nOwner: alice\n\n## Status\n\nProposed\n');
    const listed = await cli('list', dir, '--format', 'json', ...NOW);
    assert.equal(listed.code, 0, listed.err);
    const proposed = (JSON.parse(listed.out) as { path: string; commentsUntil: string }[]).find(
      (r) => r.path === 'docs/adr/0002-proposed.md',
    );
    assert.equal(proposed?.commentsUntil, '2026-11-27T23:59:59.999Z', 'the default 7d stands');
    assert.match(listed.err, /comment-period: 100000000d is longer than a year/);
    const { code, rows: found } = await rows();
    assert.deepEqual([code, found], [1, [['.async/config.yaml', 1, 'invalid-config']]]);
  });

  it('does not read a team configuration or .adr-dir that leads out of the workspace folder through a link', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-outside-'));
    fs.writeFileSync(path.join(outside, 'config.yaml'), 'comment-period: 3d\n');
    fs.writeFileSync(path.join(outside, 'adr-dir'), 'docs/adr\n');
    fs.mkdirSync(path.join(dir, '.async'));
    fs.symlinkSync(path.join(outside, 'config.yaml'), path.join(dir, '.async/config.yaml'));
    fs.symlinkSync(path.join(outside, 'adr-dir'), path.join(dir, '.adr-dir'));
    const { rows: found, messages } = await rows();
    fs.rmSync(outside, { recursive: true });
    assert.deepEqual(found, [
      ['.adr-dir', 1, 'invalid-config'],
      ['.async/config.yaml', 1, 'invalid-config'],
    ]);
    assert.ok(
      messages.every((m) => /links outside the workspace folder/.test(m)),
      messages.join('\n'),
    );
  });

  it('ignores record folders that leave the workspace folder', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-outside-'));
    fs.mkdirSync(path.join(outside, 'adr'));
    fs.writeFileSync(path.join(outside, 'adr/0001-x.md'), '# 1. X\n\n## Status\n\nAccepted\n');
    write('.adr-dir', `../${path.basename(outside)}/adr\n`);
    const { rows: found } = await rows();
    fs.rmSync(outside, { recursive: true });
    assert.deepEqual(found, [['.adr-dir', 1, 'invalid-config']]);
  });

  it('does not tell through a broken-link check whether a file outside the workspace folder exists', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-outside-'));
    fs.writeFileSync(path.join(outside, 'exists.md'), 'x');
    fs.symlinkSync(outside, path.join(dir, 'docs/elsewhere'));
    fs.symlinkSync('adr', path.join(dir, 'docs/same'));
    write(
      'docs/adr/0002-links.md',
      '# 2. Links\n\n## Status\n\nAccepted\n\nSee [out](../elsewhere/exists.md), [gone](../elsewhere/missing.md) and [in](../same/0001-use-git.md).\n',
    );
    const { rows: found, messages } = await rows();
    fs.rmSync(outside, { recursive: true });
    assert.deepEqual(found, [
      ['docs/adr/0002-links.md', 7, 'broken-link'],
      ['docs/adr/0002-links.md', 7, 'broken-link'],
    ]);
    assert.ok(messages.some((m) => m.includes('exists.md')) && messages.some((m) => m.includes('missing.md')), messages.join('\n'));
  });
});
