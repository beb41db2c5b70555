import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { defaultConfig } from '../../../../src/core/team/config';
import { readDocument } from '../../../../src/core/records/document';
import { fieldEditRefusal, replaceEdit, setFieldInText, setFieldsInText, toggleActionEdit } from '../../../../src/core/records/edits';
import { parseMeeting } from '../../../../src/core/requests/meeting';
import { parseRequest } from '../../../../src/core/requests/request';
import { applyEdits } from '../../../support/helpers';

describe('record edits', () => {
  it('sets a front-matter key in place, with a value spread over several lines', () => {
    const text = '---\ntitle: X\nstatus: open\nowner:\n  - alice\n  - bruno\n---\n\n## Context\n';
    assert.equal(applyEdits(text, [setFieldInText(text, 'status', 'answered')]), text.replace('status: open', 'status: answered'));
    assert.equal(
      applyEdits(text, [setFieldInText(text, 'owner', 'alice')]),
      '---\ntitle: X\nstatus: open\nowner: alice\n---\n\n## Context\n',
    );
  });

  it('adds a missing key before the closing line, or front matter to a file without it', () => {
    assert.equal(
      applyEdits('---\ntitle: X\n---\nbody\n', [setFieldInText('---\ntitle: X\n---\nbody\n', 'status', 'done')]),
      '---\ntitle: X\nstatus: done\n---\nbody\n',
    );
    assert.equal(applyEdits('# X\n', [setFieldInText('# X\n', 'status', 'done')]), '---\nstatus: done\n---\n\n# X\n');
  });

  it('changes only the value: a comment after it, the comment lines and blank lines below stay', () => {
    const text = '---\ntitle: X\nstatus: open   # open until someone answers\n\n# who decides\nowner: alice\n---\n';
    assert.equal(applyEdits(text, [setFieldInText(text, 'status', 'answered')]), text.replace('status: open ', 'status: answered '));
    const quoted = '---\ntitle: "C # and more"  # the title\n---\n';
    assert.equal(applyEdits(quoted, [setFieldInText(quoted, 'title', 'Y')]), '---\ntitle: Y  # the title\n---\n');
    const below = '---\nowner: # one person\n  - alice # first\n  - bruno\n\n# the clock\ndeadline: 2026-12-04\n---\n';
    assert.equal(
      applyEdits(below, [setFieldInText(below, 'owner', 'alice')]),
      '---\nowner: alice # one person\n\n# the clock\ndeadline: 2026-12-04\n---\n',
    );
    const empty = '---\nstatus: # to fill\n---\n';
    assert.equal(applyEdits(empty, [setFieldInText(empty, 'status', 'done')]), '---\nstatus: done # to fill\n---\n');
  });

  it('edits the one of a key written twice that is read, and reports the other', () => {
    const text = '---\nstatus: open\nowner: alice\nstatus: answered # second\n---\n';
    const before = parseRequest(readDocument(text, 'r.md'), defaultConfig());
    assert.equal(before.status, 'answered');
    assert.deepEqual(
      before.problems.map((p) => [p.code, p.line]),
      [['duplicate-key', 1]],
    );
    const done = applyEdits(text, [setFieldInText(text, 'status', 'done')]);
    assert.equal(done, '---\nstatus: open\nowner: alice\nstatus: done # second\n---\n');
    assert.equal(parseRequest(readDocument(done, 'r.md'), defaultConfig()).status, 'done');
  });

  it('refuses to edit fields while the front matter cannot be read, and says where', () => {
    const unclosed = '---\ntitle: X\nowner: alice\nstatus: open\n\n## Context\n';
    assert.equal(
      fieldEditRefusal(unclosed),
      'line 1: Invalid front matter: Front matter starts with --- but is never closed. Fix the front matter first; nothing was changed.',
    );
    assert.match(
      fieldEditRefusal('---\nowner: [alice\n---\n') ?? '',
      /^line \d+: Invalid front matter: .+ Fix the front matter first; nothing was changed\.$/,
    );
    for (const fine of ['---\nstatus: open\n---\n', '# 1. X\n\n## Status\n\nProposed\n', '', '---\nstatus: open\nstatus: done\n---\n'])
      assert.equal(fieldEditRefusal(fine), null, fine);
  });

  it('sets the status and the closed time as one edit, with a single front matter added when there is none', () => {
    const text = '---\ntitle: X\nstatus: open # was pending\n---\n\n## Context\n';
    const edit = setFieldsInText(text, [
      ['status', 'answered'],
      ['closed', '2026-11-25T13:00:00+01:00'],
    ]);
    const marked = applyEdits(text, [edit]);
    assert.equal(marked, '---\ntitle: X\nstatus: answered # was pending\nclosed: 2026-11-25T13:00:00+01:00\n---\n\n## Context\n');
    const r = parseRequest(readDocument(marked, 'r.md'), defaultConfig());
    assert.equal(r.status, 'answered');
    assert.deepEqual(r.closed, new Date('2026-11-25T12:00:00Z'));
    assert.equal(
      applyEdits('# X\n', [
        setFieldsInText('# X\n', [
          ['status', 'done'],
          ['closed', '2026-11-25T12:00:00Z'],
        ]),
      ]),
      '---\nstatus: done\nclosed: 2026-11-25T12:00:00Z\n---\n\n# X\n',
    );
  });

  it('turns one text into another with one edit of what lies between their common start and end (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n', 'é') });
    fc.assert(fc.property(text, text, (from, to) => applyEdits(from, [replaceEdit(from, to)]) === to));
    assert.deepEqual(replaceEdit('status: open\nx\n', 'status: done\nx\n'), {
      line: 0,
      column: 8,
      endLine: 0,
      endColumn: 12,
      text: 'done',
    });
  });

  it('ticks and unticks an action item box', () => {
    const text = '## Action items\n  - [ ] @alice Do it (due 2026-12-01)\n- [x] @bruno Done\n';
    const [open, done] = parseMeeting(readDocument(text, 'm.md'), defaultConfig()).actions;
    const ticked = applyEdits(text, [toggleActionEdit(open)]);
    assert.equal(ticked.split('\n')[1], '  - [x] @alice Do it (due 2026-12-01)');
    assert.equal(applyEdits(text, [toggleActionEdit(done)]).split('\n')[2], '- [ ] @bruno Done');
  });
});
