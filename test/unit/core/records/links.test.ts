import * as assert from 'node:assert/strict';
import { relativeLink, resolveLink } from '../../../../src/core/records/links';

describe('links between records', () => {
  it('resolves links relative to the record and from the root', () => {
    assert.equal(resolveLink('docs/requests/a.md', '../adr/0001-x.md#status'), 'docs/adr/0001-x.md');
    assert.equal(resolveLink('docs/requests/a.md', '/README.md'), 'README.md');
    assert.equal(resolveLink('docs/requests/a.md', 'my%20notes.md'), 'docs/requests/my notes.md');
    assert.equal(resolveLink('a.md', '../../outside.md'), null);
    assert.equal(resolveLink('docs/a.md', 'bad%zz.md'), 'docs/bad%zz.md');
  });

  it('links records relative to each other', () => {
    assert.equal(relativeLink('docs/adr/0003-a.md', 'docs/adr/0005-b.md'), '0005-b.md');
    assert.equal(relativeLink('services/x/docs/adr/0001-a.md', 'docs/adr/0002-b.md'), '../../../../docs/adr/0002-b.md');
  });
});
