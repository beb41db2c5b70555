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
