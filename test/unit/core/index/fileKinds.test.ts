import * as assert from 'node:assert/strict';
import { FILE_TYPE, readRefusal } from '../../../../src/core/index/fileKinds';
import { isInsideFolder } from '../../../../src/core/index/folders';

describe('what the extension reads', () => {
  it('reads regular files up to their limit, links to them too, and nothing else', () => {
    assert.equal(readRefusal(FILE_TYPE.file, 64 * 1024, 64 * 1024), null);
    assert.equal(readRefusal(FILE_TYPE.file | FILE_TYPE.symbolicLink, 10, 64 * 1024), null);
    assert.equal(readRefusal(FILE_TYPE.file, 64 * 1024 + 1, 64 * 1024), 'is larger than 64 KB');
    // VS Code gives a FIFO, device or socket as FileType.Unknown: its size (0) says nothing.
    assert.match(readRefusal(0, 0, 64 * 1024) ?? '', /not a regular file/);
    assert.match(readRefusal(FILE_TYPE.symbolicLink, 0, 64 * 1024) ?? '', /not a regular file/);
    assert.equal(readRefusal(FILE_TYPE.folder, 4096, 64 * 1024), 'is a folder');
  });

  it('writes new records only inside the workspace folder', () => {
    for (const inside of ['docs/adr/0001-x.md', './docs/x.md', 'docs/../adr/x.md', 'a..b/x.md']) assert.ok(isInsideFolder(inside), inside);
    for (const outside of ['../x.md', 'docs/../../x.md', '/etc/x.md', '\\\\server\\x.md', 'C:/x.md', '~/x.md', 'docs\\..\\..\\x.md']) {
      assert.ok(!isInsideFolder(outside), outside);
    }
  });
});
