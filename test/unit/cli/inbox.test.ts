import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';
import { FakeGithub, FAULTS, sampleInbox } from '../../support/fakeGithub';
import { SAMPLE_NOW, SAMPLE_REPO } from '../../support/helpers';
import { ROOT } from '../../support/paths';

const CLI = path.join(ROOT, 'out/src/cli.js');

async function inbox(args: string[], env: Record<string, string | undefined>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['inbox', ...args], { out: (s) => (out += s), err: (s) => (err += s), env });
  return { code, out, err };
}

describe('async-work inbox', () => {
  let fake: FakeGithub;
  let cwd: string;
  let token: string;

  before(async () => {
    fake = await FakeGithub.start(sampleInbox(SAMPLE_NOW));
    token = fake.data.token;
    // The team configuration of the current folder gives the reply-within and alice's time zone.
    cwd = process.cwd();
    process.chdir(SAMPLE_REPO);
  });
  after(async () => {
    process.chdir(cwd);
    await fake.close();
  });
  afterEach(() => fake.setFault(null));

  it('prints the items with their reply clocks as JSON, in one request', async () => {
    const before = fake.requests;
    const r = await inbox(['--api-url', fake.url, '--format', 'json', '--now', SAMPLE_NOW.toISOString(), '--repo', 'acme/shop'], {
      GITHUB_TOKEN: token,
    });
    assert.equal(r.code, 0, r.err);
    assert.equal(fake.requests - before, 1);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    assert.deepEqual(
      rows.map((x) => `${x.category} ${x.repo}#${x.number} ${x.replyBy} ${x.urgency}`),
      [
        'review-requested acme/shop#101 2026-11-25T06:00:00.000Z overdue',
        'waiting-on-others acme/shop#105 2026-11-25T10:00:00.000Z overdue',
        'assigned acme/shop#87 2026-11-25T16:00:00.000Z due-today',
        'mentioned acme/shop#93 2026-11-26T07:00:00.000Z due-soon',
        'team-review-requested acme/shop#102 2026-11-26T09:00:00.000Z due-soon',
        'labelled acme/shop#90 2026-11-26T11:00:00.000Z due-soon',
      ],
    );
    assert.deepEqual(Object.keys(rows[0]), ['category', 'repo', 'number', 'title', 'url', 'since', 'replyBy', 'urgency']);
  });

  it('looks everywhere without --repo, takes GH_TOKEN and GITHUB_API_URL, and prints a table', async () => {
    const r = await inbox(['--now', SAMPLE_NOW.toISOString()], { GH_TOKEN: token, GITHUB_API_URL: fake.url });
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trimEnd().split('\n');
    assert.equal(lines.length, 6, 'in all of GitHub, a label alone does not make it mine');
    assert.match(lines[0], /^overdue\s+6h overdue\s+review-requested\s+acme\/shop#101\s+Add rate limiting to the public API$/);
    assert.ok(lines.some((l) => l.includes('acme/platform#12')));
  });

  it('prints a hostile title in the table with its control characters escaped', async () => {
    const hostile = { ...fake.data.items[0], number: 666, title: 'Fix it\n::error::injected \u001b]0;pwned\u0007 \u202eevil' };
    fake.data.items.push(hostile);
    try {
      const r = await inbox(['--api-url', fake.url, '--now', SAMPLE_NOW.toISOString(), '--repo', 'acme/shop'], { GITHUB_TOKEN: token });
      assert.equal(r.code, 0, r.err);
      const line = r.out.split('\n').find((l) => l.includes('acme/shop#666'));
      assert.match(line ?? '', /acme\/shop#666 {2}Fix it\\n::error::injected \\x1b\]0;pwned\\x07 \\u202eevil$/);
      assert.ok(!/[\u0000-\u0009\u000b-\u001f\u202e]/.test(r.out));
    } finally {
      fake.data.items.pop();
    }
  });

  it('sends the token over plain http only to this machine, and never repeats a password in the URL', async () => {
    const before = fake.requests;
    const refused = await inbox(['--api-url', 'http://github.example.com/api/v3'], { GITHUB_TOKEN: token });
    assert.deepEqual(
      [refused.code, refused.err],
      [2, 'async-work inbox: the API URL must use https (plain http only to this machine): github.example.com\n'],
    );
    const secret = await inbox(['--api-url', 'https://ci:hunter2secret@github.example.com/api/v3'], { GITHUB_TOKEN: token });
    assert.equal(secret.code, 2);
    assert.ok(!secret.err.includes('hunter2secret') && !secret.err.includes('ci:'), secret.err);
    const other = await inbox([], { GITHUB_TOKEN: token, GITHUB_API_URL: 'ftp://user:hunter2secret@github.example.com' });
    assert.deepEqual([other.code, other.err], [2, 'async-work inbox: the API URL is not an http(s) URL\n']);
    assert.equal(fake.requests, before, 'nothing was sent');
    const local = await inbox(
      ['--api-url', fake.url.replace('127.0.0.1', 'localhost'), '--format', 'json', '--now', SAMPLE_NOW.toISOString()],
      { GITHUB_TOKEN: token },
    );
    assert.equal(local.code, 0, local.err);
  });

  it('exits 2 with one line when there is no token', async () => {
    const r = await inbox(['--api-url', fake.url], {});
    assert.equal(r.code, 2);
    assert.equal(r.err, 'async-work inbox: no GitHub token: set GITHUB_TOKEN or GH_TOKEN\n');
  });

  for (const fault of FAULTS) {
    it(`exits 2 with one clear line on "${fault}", never printing the token`, async () => {
      await fake.setFault(fault);
      const before = fake.requests;
      const r = await inbox(['--api-url', fake.url, '--format', 'json', '--timeout', '0.5'], { GITHUB_TOKEN: token });
      assert.equal(r.code, 2);
      assert.equal(r.out, '');
      assert.match(r.err, /^async-work inbox: GitHub [^\n]+\n$/);
      assert.ok(!r.err.includes(token));
      assert.ok(fake.requests - before <= 1, 'one request, no retries');
    });
  }

  it('runs as a program: exit code 2 and one line on stderr, JSON on stdout when GitHub answers', async () => {
    const run = (env: Record<string, string>) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          [CLI, 'inbox', '--api-url', fake.url, '--format', 'json', '--now', SAMPLE_NOW.toISOString()],
          { env: { PATH: process.env.PATH ?? '', ...env } },
          (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
        );
      });
    const ok = await run({ GITHUB_TOKEN: token });
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal((JSON.parse(ok.stdout) as unknown[]).length, 6);
    const bad = await run({ GITHUB_TOKEN: 'gho_not_the_right_token_000000000000' });
    assert.equal(bad.code, 2);
    assert.equal(
      bad.stderr,
      'async-work inbox: GitHub did not accept the sign-in (401 Bad credentials); check the token in GITHUB_TOKEN\n',
    );
  });
});
