// scripts/tag-release.sh on a clone of this repository with a bare repository as its origin, as the
// release workflow runs it on a pushed version tag: the tags it pushes hold the bundles, and the
// command line runs from them.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SAMPLE_REPO } from '../support/helpers';
import { ROOT } from '../support/paths';

const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const MAJOR = `v${VERSION.split('.')[0]}`;

/** Runs with the language of the messages pinned to English, whatever the machine's. */
function run(cwd: string, command: string, ...args: string[]) {
  const env = { ...process.env, LC_ALL: 'C', LC_MESSAGES: '', LANG: 'C' };
  return spawnSync(command, args, { cwd, encoding: 'utf8', env });
}

function git(cwd: string, ...args: string[]): string {
  const r = run(cwd, 'git', ...args);
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

describe('release tags (scripts/tag-release.sh)', function () {
  this.timeout(120000);
  let tmp: string;
  let work: string;
  let origin: string;

  before(function () {
    if (!fs.existsSync(path.join(ROOT, '.git'))) this.skip();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-release-'));
    origin = path.join(tmp, 'origin.git');
    work = path.join(tmp, 'work');
    git(tmp, 'init', '--quiet', '--bare', origin);
    git(tmp, 'clone', '--quiet', '--no-local', ROOT, work);
    git(work, 'remote', 'set-url', 'origin', origin);
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'));
    // The script as it is in this working tree, committed in the clone when it differs.
    fs.mkdirSync(path.join(work, 'scripts'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'scripts/tag-release.sh'), path.join(work, 'scripts/tag-release.sh'));
    if (git(work, 'status', '--porcelain', 'scripts')) {
      git(work, 'add', 'scripts');
      git(work, '-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'commit', '--quiet', '-m', 'The script under test');
    }
  });

  after(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

  it('refuses a tag that is not the version in package.json, and pushes nothing', () => {
    git(work, 'tag', 'v99.0.0');
    const r = run(work, 'bash', 'scripts/tag-release.sh', 'v99.0.0');
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`The tag v99\\.0\\.0 is not v${VERSION.replace(/\./g, '\\.')}, the version in package.json\\.`));
    assert.equal(git(origin, 'tag', '--list'), '');
  });

  it(`moves v${VERSION} and ${MAJOR} to a commit holding the bundles, from which the command line runs; run again, moves nothing`, () => {
    const source = git(work, 'rev-parse', 'HEAD');
    git(work, 'tag', `v${VERSION}`);
    git(work, 'push', '--quiet', 'origin', `refs/tags/v${VERSION}`);
    const r = run(work, 'bash', 'scripts/tag-release.sh', `v${VERSION}`);
    assert.equal(r.status, 0, r.stderr);

    const released = git(origin, 'rev-parse', `v${VERSION}^{commit}`);
    assert.equal(git(origin, 'rev-parse', `${MAJOR}^{commit}`), released);
    assert.equal(git(origin, 'rev-parse', `${released}^`), source, 'the release commit sits on the tagged one');
    const added = git(origin, 'diff', '--name-only', source, released).split('\n').sort();
    assert.deepEqual(added, ['dist/cli.js', 'dist/extension.js', 'dist/web/extension.js']);

    assert.equal(git(origin, 'cat-file', '-t', `v${VERSION}`), 'tag', 'an annotated tag');

    const again = run(work, 'bash', 'scripts/tag-release.sh', `v${VERSION}`);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /already holds dist\//);
    assert.equal(git(origin, 'rev-parse', `v${VERSION}^{commit}`), released, 'a second run moves nothing');

    const checkout = path.join(tmp, 'action');
    git(tmp, 'clone', '--quiet', '--branch', MAJOR, origin, checkout);
    const check = run(ROOT, process.execPath, path.join(checkout, 'dist/cli.js'), 'check', SAMPLE_REPO, '--now', '2026-11-25T12:00:00Z');
    assert.equal(check.status, 1, check.stderr);
    assert.match(check.stdout, /^20 records and 9 pages checked: 3 errors, \d+ warnings, \d+ notes\.$/m);
  });
});
