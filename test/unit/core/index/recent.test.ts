import * as assert from 'node:assert/strict';
import { mostRecentlyModified } from '../../../../src/core/index/recent';

const item = (path: string, modified: number) => ({ modified, record: { path } });

describe('the records a capped list keeps', () => {
  const items = [item('a.md', 10), item('b.md', 30), item('c.md', 20), item('d.md', 30)];

  it('keeps every record under the cap', () => {
    assert.deepEqual(mostRecentlyModified(items, 4), { kept: items, leftOut: 0 });
  });

  it('keeps the ones modified last, ties by path, and counts the others', () => {
    const { kept, leftOut } = mostRecentlyModified(items, 2);
    assert.deepEqual(
      kept.map((i) => i.record.path),
      ['b.md', 'd.md'],
    );
    assert.equal(leftOut, 2);
  });

  it('keeps none at 0', () => {
    assert.deepEqual(mostRecentlyModified(items, 0), { kept: [], leftOut: 4 });
  });
});
