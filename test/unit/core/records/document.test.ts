import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { readDocument } from '../../../../src/core/records/document';

function blanks(text: string): Record<string, boolean> {
  return Object.fromEntries(readDocument(text).sections.map((s) => [s.heading, s.blank]));
}

describe('Markdown sections', () => {
  it('tells a section with text from one holding only blank lines and HTML comments', () => {
    const text = [
      '# Title',
      '## Context',
      '',
      '<!-- Why is this needed? -->',
      '',
      '## Decision',
      '<!-- a hint',
      'over two lines -->',
      '## Options',
      '<!-- hint --> We pick the second.',
      '## Consequences',
      'Someone owns the flags.',
      '## Notes',
      '<!-- never closed',
      'so this is hidden, as a renderer hides it',
      '## Empty',
    ].join('\n');
    assert.deepEqual(blanks(text), {
      Title: false,
      Context: true,
      Decision: true,
      Options: false,
      Consequences: false,
      Notes: true,
      Empty: true,
    });
  });

  it('counts a subsection as content of the section above it', () => {
    assert.deepEqual(blanks('## Options\n\n### Option A\n\nCheap.\n'), { Options: false, 'Option A': false });
    assert.deepEqual(blanks('## Options\n### Option A\n'), { Options: false, 'Option A': true });
  });

  it('reads the body of a setext heading from the line after its underline', () => {
    assert.deepEqual(blanks('Context\n-------\n\nDecision\n--------\nWe do it.\n'), { Context: true, Decision: false });
  });
});

describe('ATX headings', () => {
  const titles = (text: string) => readDocument(text).headings.map((h) => [h.level, h.text]);

  it('keeps a # that ends a word and drops a closing run after white space (CommonMark)', () => {
    assert.deepEqual(titles('# Use C#\n## Use C #\n### Title ###\n#### #\n##### F# and C# #####'), [
      [1, 'Use C#'],
      [2, 'Use C'],
      [3, 'Title'],
      [4, ''],
      [5, 'F# and C#'],
    ]);
  });

  it('needs white space after one to six #', () => {
    assert.deepEqual(titles('#hashtag\n####### seven\n    # indented code\n   # three spaces'), [[1, 'three spaces']]);
  });
});

describe('Inline links', () => {
  const read = (line: string) => readDocument(line).links.map((l) => [l.column, l.endColumn, l.text, l.target]);

  it('reads text, target and title, and leaves images out', () => {
    assert.deepEqual(read('See [ADR 2](0002-x.md "Old") and ![logo](a.png), [a [b](<c>) [e]( f ) [g](h'), [
      [4, 28, 'ADR 2', '0002-x.md'],
      [49, 60, 'a [b', 'c'],
      [61, 69, 'e', 'f'],
    ]);
  });

  it('finds what the one-regex reading found, on short lines of the characters that matter', () => {
    const regex = /(?<!!)\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
    const line = fc
      .array(fc.constantFrom('[', ']', '(', ')', '!', '<', '>', '"', ' ', '\t', 'a', '\u2028'), { maxLength: 40 })
      .map((cs) => '](' + cs.join(''));
    fc.assert(
      fc.property(line, (text) => {
        assert.deepEqual(
          read(text),
          [...text.matchAll(regex)].map((m) => [m.index, m.index + m[0].length, m[1], m[2]]),
        );
      }),
      { seed: 9, numRuns: 3000 },
    );
  });
});

describe('Front matter the yaml library is not given', () => {
  const fm = (block: string) => readDocument(`---\n${block}\n---\n# T\n`);

  it('refuses keys that are lists or mappings, deep nesting and large blocks, and still reads the key: value lines', () => {
    assert.match(fm('? [a]\n: b').problems[0].message, /keys must be plain words/);
    assert.match(fm(`owner: alice\nk: ${'['.repeat(40)}`).problems[0].message, /nested more than 32/);
    const large = fm(`owner: alice\nk: {${'a, '.repeat(2000)}}`);
    assert.match(large.problems[0].message, /longer than 4 KB/);
    assert.equal(large.fields?.owner, 'alice');
  });

  it('reads question marks in values and web addresses', () => {
    assert.deepEqual(fm(`links: [${'https://x.org/?q=1, '.repeat(40)}why?]`).problems, []);
  });
});

describe('the document model of a record', () => {
  const text = [
    '---', // 0
    'title: Use a queue # short', // 1
    'owner: alice', // 2
    'status: open', // 3
    'owner:', // 4
    '  - bob', // 5
    '---', // 6
    '# Use a queue', // 7
    '', // 8
    'Status: Accepted', // 9
    '', // 10
    '## Context', // 11
    '', // 12
    'See [ADR 2](0002-x.md) and <what you need>.', // 13
    '```', // 14
    'Status: in an example [not a link](x.md)', // 15
    '```', // 16
    '## Action items', // 17
    '- [ ] @alice Write it (due 2026-12-10)', // 18
    '- [x] @bob Done', // 19
    '', // 20
  ].join('\n');
  const doc = readDocument(text, 'docs/adr/0001-use-a-queue.md');

  it('keeps where the file is, its lines, and where the front matter ends', () => {
    assert.equal(doc.path, 'docs/adr/0001-use-a-queue.md');
    assert.equal(doc.lines.length, 21);
    assert.deepEqual([doc.frontMatter.endLine, doc.frontMatter.bodyLine], [6, 7]);
    assert.deepEqual(readDocument('# T\n').path, '');
  });

  it('reads the front-matter fields, each with where its key and value are written, the last of a key written twice', () => {
    assert.deepEqual(doc.fields, { title: 'Use a queue', owner: ['bob'], status: 'open' });
    assert.deepEqual(doc.fieldAt('title'), { line: 1, endColumn: 26, endLine: 2 });
    assert.deepEqual(doc.fieldAt('owner'), { line: 4, endColumn: 6, endLine: 6 });
    assert.equal(doc.fieldAt('deadline'), undefined);
    const layout = doc.layout({ placeholders: false });
    assert.deepEqual(layout.values.title, { column: 7, endLine: 1, endColumn: 18, prefix: '', suffix: '' });
    assert.deepEqual(layout.values.owner, { column: 6, endLine: 5, endColumn: 7, prefix: ' ', suffix: '' });
    assert.deepEqual(
      doc.problems.map((p) => [p.code, p.line, p.message]),
      [['duplicate-key', 2, '"owner" is written again on line 5, and that one is read; remove one of them.']],
    );
  });

  it('finds headings, sections, links and Key: value lines outside code fences', () => {
    assert.deepEqual(
      doc.headings.map((h) => [h.level, h.text, h.line]),
      [
        [1, 'Use a queue', 7],
        [2, 'Context', 11],
        [2, 'Action items', 17],
      ],
    );
    assert.equal(doc.firstTitle, 'Use a queue');
    assert.deepEqual(
      doc.sections.map((s) => [s.heading, s.line, s.endLine, s.blank]),
      [
        ['Use a queue', 7, 21, false],
        ['Context', 11, 17, false],
        ['Action items', 17, 21, false],
      ],
    );
    assert.deepEqual(doc.links, [{ line: 13, column: 4, endColumn: 22, text: 'ADR 2', target: '0002-x.md' }]);
    assert.deepEqual(doc.keyLines, [{ key: 'status', value: 'Accepted', line: 9, valueColumn: 8, bullet: '' }]);
  });

  it('reads action items with each due date in the time zone given for its owner', () => {
    const items = doc.actionItems((owner) => (owner === 'alice' ? 'Europe/Paris' : 'UTC'));
    assert.deepEqual(
      items.map((a) => [a.line, a.boxColumn, a.done, a.owner, a.text, a.dueRaw, a.due?.toISOString() ?? null]),
      [
        [18, 2, false, 'alice', 'Write it', '2026-12-10', '2026-12-10T22:59:59.999Z'],
        [19, 2, true, 'bob', 'Done', null, null],
      ],
    );
  });

  it('looks for template text only when asked, and gives the layout of the whole file', () => {
    const layout = doc.layout({ placeholders: true });
    assert.deepEqual(layout.placeholders, [{ line: 13, column: 27, endColumn: 42, text: '<what you need>' }]);
    assert.deepEqual(doc.layout({ placeholders: false }).placeholders, []);
    assert.deepEqual([layout.frontMatterEnd, layout.lineCount, layout.lastLineLength], [6, 21, 0]);
  });
});
