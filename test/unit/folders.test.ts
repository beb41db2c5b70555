import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../src/core/config';
import { classify, recordFolders, recordGlob } from '../../src/core/folders';

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
    assert.equal(classify('docs/adr/0001-x.md', f), null);
    assert.equal(classify('architecture/records/0001-x.md', recordFolders(defaultConfig(), 'architecture/records')), 'decision');
  });

  it('builds one glob for file search', () => {
    assert.equal(recordGlob({ request: ['a'], decision: ['b', 'a'], meeting: ['c'] }), '{a/**/*.md,b/**/*.md,c/**/*.md}');
  });
});
