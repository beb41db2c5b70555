// The CLI as users get it from npm: `npm pack`, the tarball installed in an empty folder, `npx async-work`.
// Offline: the registry is an unreachable local address and the npm cache a fresh empty folder.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';
import { ENGLISH, useLanguage } from '../../../src/core/common/l10n';
import { manifest, SAMPLE_REPO } from '../../support/helpers';
import { ROOT } from '../../support/paths';

const NOW = ['--now', '2026-11-25T12:00:00Z'];

interface PackResult {
  filename: string;
  files: { path: string; mode: number }[];
}

describe('the npm package', function () {
  this.timeout(120000);
  let tmp: string;
  let user: string;
  let env: NodeJS.ProcessEnv;
  let pack: PackResult;

  function npm(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync('npm', args, { cwd, env, encoding: 'utf8' });
    if (r.error) throw r.error;
    return r;
  }

  async function inProcess(...argv: string[]): Promise<{ code: number; out: string }> {
    let out = '';
    const code = await runCli(argv, { out: (s) => (out += s), err: () => {}, env: { TZ: 'UTC' } });
    return { code, out };
  }

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-npm-'));
    user = path.join(tmp, 'project');
    fs.mkdirSync(user);
    fs.writeFileSync(path.join(user, 'package.json'), '{}\n');
    env = {
      ...process.env,
      TZ: 'UTC',
      npm_config_registry: 'http://127.0.0.1:9',
      npm_config_cache: path.join(tmp, 'cache'),
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
    };
    // `npm pack` runs the prepack script (the production build) as `npm publish` does.
    const packed = npm(ROOT, 'pack', '--json', '--pack-destination', tmp);
    assert.equal(packed.status, 0, packed.stderr);
    // The prepack script's own output comes first on stdout; the JSON is the rest.
    const json = packed.stdout.slice(packed.stdout.search(/^\[/m));
    pack = (JSON.parse(json) as PackResult[])[0];
    const installed = npm(user, 'install', '--offline', '--no-audit', '--no-fund', path.join(tmp, pack.filename));
    assert.equal(installed.status, 0, installed.stderr);
  });

  after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  afterEach(() => useLanguage(ENGLISH));

  it('holds the three bundles and what the extension names, and no sources, tests, maps or build output', () => {
    const files = pack.files.map((f) => f.path).sort();
    for (const f of [
      'dist/cli.js',
      'dist/extension.js',
      'dist/web/extension.js',
      'package.json',
      'package.nls.json',
      'package.nls.fr.json',
      'l10n/bundle.l10n.fr.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
    ])
      assert.ok(files.includes(f), `${f} is missing from the tarball`);
    const m = manifest<{ contributes: { snippets: { path: string }[]; viewsContainers: { activitybar: { icon: string }[] } } }>();
    const named = [...m.contributes.snippets.map((s) => s.path), ...m.contributes.viewsContainers.activitybar.map((v) => v.icon)];
    for (const f of named) assert.ok(files.includes(path.posix.normalize(f)), `${f}, named in package.json, is missing from the tarball`);
    const stray = files.filter((f) => /^(src|test|out|bench|docs|\.vscode|\.vscode-test|node_modules)\//.test(f) || /\.(map|ts)$/.test(f));
    assert.deepEqual(stray, []);
    assert.ok(!files.includes('dist/meta.json'));
    const cli = pack.files.find((f) => f.path === 'dist/cli.js')!;
    assert.equal(cli.mode & 0o111, 0o111, 'dist/cli.js is not executable in the tarball');
  });

  it('installs with nothing from the registry: no dependencies, a shebang on the CLI', () => {
    const installed = JSON.parse(fs.readFileSync(path.join(user, 'node_modules/async-work/package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    assert.equal(installed.dependencies, undefined);
    assert.deepEqual(fs.readdirSync(path.join(user, 'node_modules')).sort(), ['.bin', '.package-lock.json', 'async-work']);
    const cli = fs.readFileSync(path.join(user, 'node_modules/async-work/dist/cli.js'), 'utf8');
    assert.equal(cli.split('\n')[0], '#!/usr/bin/env node');
  });

  it('`npx async-work check` reports the sample repository’s problems as the source does, exit code 1', async () => {
    const r = spawnSync('npx', ['--offline', 'async-work', 'check', SAMPLE_REPO, ...NOW, '--format', 'json'], {
      cwd: user,
      env,
      encoding: 'utf8',
    });
    assert.equal(r.status, 1, r.stderr);
    const rows = JSON.parse(r.stdout) as { path: string; code: string; severity: string }[];
    const expected = await inProcess('check', SAMPLE_REPO, ...NOW, '--format', 'json');
    assert.equal(expected.code, 1);
    assert.deepEqual(rows, JSON.parse(expected.out));
    assert.ok(
      rows.some((x) => x.path === 'docs/requests/2026-11-22-vendor-contract.md' && x.code === 'multiple-owners' && x.severity === 'error'),
    );
  });

  it('`npx async-work check` speaks French from the package alone: with LANG=fr_FR.UTF-8, as with --lang fr', async () => {
    const r = spawnSync('npx', ['--offline', 'async-work', 'check', SAMPLE_REPO, ...NOW], {
      cwd: user,
      env: { ...env, LC_ALL: '', LC_MESSAGES: '', LANG: 'fr_FR.UTF-8' },
      encoding: 'utf8',
    });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout, (await inProcess('check', SAMPLE_REPO, ...NOW, '--lang', 'fr')).out);
    assert.match(r.stdout, /\nVérification de 20 fiches et 9 pages — erreurs : 3, /);
  });

  it('`npx async-work list --type page` lists the sample’s nine handbook pages', () => {
    const r = spawnSync('npx', ['--offline', 'async-work', 'list', SAMPLE_REPO, '--type', 'page', '--format', 'json', ...NOW], {
      cwd: user,
      env,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as { type: string }[];
    assert.equal(rows.length, 9);
    assert.ok(rows.every((x) => x.type === 'page'));
  });
});
