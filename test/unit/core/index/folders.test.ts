import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fc from 'fast-check';
import { defaultConfig } from '../../../../src/core/team/config';
import { adrDirFolder, classify, isInFolder, recordFolders, recordGlob } from '../../../../src/core/index/folders';

/** Runs a function of core/folders in a child process, so one that never ends fails the test instead of hanging it. */
function callWithin(ms: number, name: string, ...args: string[]): unknown {
  const folders = JSON.stringify(require.resolve('../../../../src/core/index/folders'));
  const code = `const args = JSON.parse(require('fs').readFileSync(0, 'utf8')); process.stdout.write(JSON.stringify(require(${folders}).${name}(...args)))`;
  const run = spawnSync(process.execPath, ['-e', code], { input: JSON.stringify(args), timeout: ms, encoding: 'utf8' });
  assert.equal(run.signal, null, `${name} ran longer than ${ms} ms`);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

const matchesWithin = (ms: number, relPath: string, glob: string) => callWithin(ms, 'isInFolder', relPath, glob) === true;

/** Folder globs as regular expressions: the meaning they had, checked on inputs small enough for backtracking. */
function globRegExp(glob: string): RegExp {
  const body = glob
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .map((seg) => (seg === '**' ? '(?:[^/]+/)*' : seg.replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '/'))
    .join('');
  return new RegExp(`^${body}`);
}

describe('record folders', () => {
  const folders = recordFolders(defaultConfig(), null);

  it('classifies the default folders and detected decision folders', () => {
    assert.equal(classify('docs/requests/2026-11-23-x.md', folders), 'request');
    assert.equal(classify('docs/meetings/2026-11-23-x.md', folders), 'meeting');
    assert.equal(classify('docs/adr/0001-x.md', folders), 'decision');
    assert.equal(classify('doc/adr/0001-x.md', folders), 'decision');
    assert.equal(classify('docs/decisions/0001-x.md', folders), 'decision');
    assert.equal(classify('docs/architecture/decisions/0001-x.md', folders), 'decision');
    assert.equal(classify('billing/docs/adr/0001-x.md', folders), 'decision');
  });

  it('leaves out other files, READMEs and templates', () => {
    assert.equal(classify('README.md', folders), null);
    assert.equal(classify('docs/adr/README.md', folders), null);
    assert.equal(classify('docs/decisions/adr-template.md', folders), null);
    assert.equal(classify('docs/adr/0001-x.txt', folders), null);
    assert.equal(classify('node_modules/x/docs/adr/0001-x.md', folders), null);
    assert.equal(classify('packages/web/docs/adr/0001-x.md', folders), 'decision');
    assert.equal(classify('a/b/c/docs/adr/0001-x.md', folders), null);
  });

  it('follows .adr-dir and configured globs', () => {
    const config = { ...defaultConfig(), requests: ['teams/*/asks'], decisions: ['arch/**'] };
    const f = recordFolders(config, 'architecture/records\n');
    assert.equal(classify('teams/web/asks/x.md', f), 'request');
    assert.equal(classify('arch/deep/er/x.md', f), 'decision');
    assert.equal(classify('docs/adr/0001-x.md', { ...f, page: [] }), null);
    // Not a decision folder there: the default handbook folder `docs` makes it a page.
    assert.equal(classify('docs/adr/0001-x.md', f), 'page');
    assert.equal(classify('architecture/records/0001-x.md', recordFolders(defaultConfig(), 'architecture/records')), 'decision');
  });

  it('makes Markdown files in the handbook folders pages, outside the record folders', () => {
    assert.equal(classify('handbook/on-call.md', folders), 'page');
    assert.equal(classify('handbook/teams/payments/runbook.md', folders), 'page');
    assert.equal(classify('docs/architecture.md', folders), 'page');
    assert.equal(classify('docs/adr/guide/how-we-decide.md', folders), 'decision');
    assert.equal(classify('handbook/on-call.txt', folders), null);
    assert.equal(classify('wiki/on-call.md', folders), null);
    assert.equal(classify('node_modules/x/handbook/a.md', folders), null);
    assert.equal(classify('handbook/node_modules/a.md', folders), null);
    // A handbook's own README and index are pages.
    assert.equal(classify('handbook/README.md', folders), 'page');
    assert.equal(classify('docs/index.md', folders), 'page');
    // Partials, hidden files and templates are not.
    for (const name of ['_header.md', '_Sidebar.md', '.notes.md', 'template.md', 'page-template.md']) {
      assert.equal(classify(`handbook/${name}`, folders), null, name);
    }
  });

  it('leaves the files of record folders inside a handbook folder to those records: requests and decisions win', () => {
    assert.equal(classify('docs/requests/2026-11-23-x.md', folders), 'request');
    assert.equal(classify('docs/meetings/2026-11-23-x.md', folders), 'meeting');
    assert.equal(classify('docs/adr/0001-x.md', folders), 'decision');
    // The README of a record folder is neither a record nor a page.
    assert.equal(classify('docs/adr/README.md', folders), null);
    assert.equal(classify('docs/requests/README.md', folders), null);
    assert.equal(classify('docs/decisions/template.md', folders), null);
    const config = { ...defaultConfig(), handbook: ['handbook', 'teams/*/docs'], requests: ['handbook/asks'] };
    const f = recordFolders(config, null);
    assert.equal(classify('handbook/asks/2026-11-23-x.md', f), 'request');
    assert.equal(classify('handbook/asks/index.md', f), null);
    assert.equal(classify('teams/web/docs/deploys.md', f), 'page');
    assert.equal(classify('docs/architecture.md', f), null);
  });

  it('ignores an .adr-dir that leaves the workspace folder, and says why', () => {
    assert.deepEqual(adrDirFolder('./doc/arch/\nmore'), { folder: 'doc/arch', problem: null });
    for (const outside of ['../elsewhere/adr', '/srv/adr', 'doc/../../adr\n']) {
      const read = adrDirFolder(outside);
      assert.equal(read.folder, null, outside);
      assert.match(read.problem ?? '', /^\.adr-dir: ".+" must be a folder inside the workspace folder/, outside);
      assert.deepEqual(recordFolders(defaultConfig(), outside).decision, recordFolders(defaultConfig(), null).decision);
    }
  });

  it('reads folders in time linear in their length, however many slashes they hold', () => {
    assert.deepEqual(callWithin(5000, 'adrDirFolder', `${'/'.repeat(300_000)}x`), {
      folder: null,
      problem: '.adr-dir: "' + '/'.repeat(80) + '" is longer than 200 characters.',
    });
    assert.deepEqual(callWithin(5000, 'adrDirFolder', `x${'/'.repeat(300_000)}`), { folder: 'x', problem: null });
    assert.deepEqual(adrDirFolder('./'), { folder: null, problem: null });
    assert.deepEqual(adrDirFolder('.\\doc\\adr\\\n'), { folder: 'doc/adr', problem: null });
  });

  it('builds one glob for file search', () => {
    assert.equal(
      recordGlob({ request: ['a'], decision: ['b', 'a'], meeting: ['c'], page: ['d', 'c'] }),
      '{a/**/*.md,b/**/*.md,c/**/*.md,d/**/*.md}',
    );
  });

  it('matches in time bounded by the path and the glob, where backtracking would never end', () => {
    assert.equal(matchesWithin(5000, `${'a'.repeat(40)}/x.md`, '*a*a*a*a*a*a*a*a*a*a*a*b'), false);
    assert.equal(matchesWithin(5000, `${'a'.repeat(40)}b/x.md`, '*a*a*a*a*a*a*a*a*a*a*a*b'), true);
    const deep = Array.from({ length: 30 }, (_, i) => `d${i}`).join('/');
    assert.equal(matchesWithin(5000, `${deep}/x.md`, `${'**/'.repeat(10)}nope`), false);
    assert.equal(matchesWithin(5000, `${deep}/x.md`, `${'**/'.repeat(10)}d29`), true);
  });

  it('gives what the globs mean: * and ? within a name, ** across folders, a prefix of the folders', () => {
    const name = fc.stringMatching(/^[ab]{1,4}$/);
    const part = fc.oneof(fc.stringMatching(/^[ab*?]{1,4}$/), fc.constant('**'));
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 5 }), fc.array(part, { minLength: 1, maxLength: 4 }), (names, parts) => {
        const relPath = names.join('/');
        const glob = parts.join('/');
        assert.equal(isInFolder(relPath, glob), globRegExp(glob).test(relPath), `${glob} against ${relPath}`);
      }),
      { numRuns: 2000 },
    );
  });
});
