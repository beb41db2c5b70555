import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { READ_LIMIT } from '../../../src/core/index/fileKinds';
import { nodeSource, scan } from '../../../src/node/scan';
import { SAMPLE_REPO } from '../../support/helpers';

describe('indexing the sample repository', () => {
  it('finds every record by type, with titles', async () => {
    const { index, config } = await scan(SAMPLE_REPO);
    assert.deepEqual(config.problems, []);
    const byType = (t: string) => index.records().filter((r) => r.type === t);
    assert.equal(byType('request').length, 7);
    assert.equal(byType('decision').length, 11);
    assert.equal(byType('meeting').length, 2);
    assert.equal(index.get('docs/adr/0002-use-postgresql.md')?.title, 'Use PostgreSQL for persistence');
    assert.equal(index.get('services/billing/docs/adr/0001-use-stripe-for-payments.md')?.title, 'Use Stripe for card payments');
    assert.equal(index.get('docs/requests/2026-11-24-holiday-rota.md')?.title, 'On-call rota for the holidays');
  });

  it('does not parse an unchanged file again', async () => {
    const { index } = await scan(SAMPLE_REPO);
    const stamp = { mtime: 1, size: 10 };
    const first = index.update('docs/adr/0009-x.md', '# 9. X\n', stamp);
    assert.equal(index.isStale('docs/adr/0009-x.md', stamp), false);
    assert.equal(index.isStale('docs/adr/0009-x.md', { mtime: 2, size: 10 }), true);
    assert.equal(index.get('docs/adr/0009-x.md'), first);
  });

  it('changes its version with its records only', async () => {
    const { index } = await scan(SAMPLE_REPO);
    const before = index.version;
    assert.equal(index.isStale('docs/adr/0009-x.md', { mtime: 1, size: 1 }), true);
    assert.equal(index.remove('docs/adr/0009-x.md'), false);
    assert.equal(index.version, before, 'looking and removing nothing change nothing');
    index.update('docs/adr/0009-x.md', '# 9. X\n', { mtime: 1, size: 1 });
    const added = index.version;
    assert.notEqual(added, before);
    index.remove('docs/adr/0009-x.md');
    assert.notEqual(index.version, added);
    const other = (await scan(SAMPLE_REPO)).index;
    assert.notEqual(other.version, index.version, 'two indexes never share a version');
  });
});

describe('reading files from disk', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-read-'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reads a file whole, also when it grew after its stat, and an empty one', async () => {
    const source = nodeSource(root);
    const text = '# 1. Use ünïcode ✅\n\n## Status\n\nAccepted\n'.repeat(200);
    fs.writeFileSync(path.join(root, 'a.md'), text);
    fs.writeFileSync(path.join(root, 'empty.md'), '');
    const stamp = await source.stat('a.md');
    assert.equal(stamp?.size, Buffer.byteLength(text));
    assert.equal(await source.read('a.md', stamp.size), text);
    // The stat is older than the file: the size it gave is too small.
    assert.equal(await source.read('a.md', 10), text);
    assert.equal(await source.read('empty.md', 0), '');
    assert.equal(await source.read('gone.md', 10), null);
    assert.equal(await source.stat('gone.md'), null);
  });

  it('reads no further than its limit in a huge file', async () => {
    fs.writeFileSync(path.join(root, 'huge.md'), 'x'.repeat(READ_LIMIT + 5000));
    const text = await nodeSource(root).read('huge.md', READ_LIMIT + 5000);
    assert.equal(text?.length, READ_LIMIT);
  });
});
