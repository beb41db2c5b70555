// Pathological lines through every parser entry point: each must finish in a bounded time. A
// super-linear regex or scanner takes seconds to minutes on these; linear code takes milliseconds.
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { pathologicalLines, PLACES } from '../../bench/pathological';
import { checkRecord } from '../../src/core/checks/checkRecord';
import { defaultConfig, parseConfig } from '../../src/core/team/config';
import { addSupersedesEdit, setDecisionFieldEdit, setDecisionStatusEdits } from '../../src/core/decisions/edits';
import { ownersOf, parseCodeowners } from '../../src/core/handbook/codeowners';
import { markReviewedInText, setOwnerInText } from '../../src/core/handbook/edits';
import { MAX_RECORD_CHARS } from '../../src/core/records/document';
import { setFieldInText } from '../../src/core/records/edits';
import { parseRecord } from '../../src/core/records/parseRecord';

const config = defaultConfig();
const TYPES = ['request', 'decision', 'meeting', 'page'] as const;

/** Generous for a slow, shared machine; the quadratic cases this catches take well over 10 s. */
const BOUND_MS = 1000;

function within(what: string, run: () => void): void {
  const t = performance.now();
  run();
  const ms = performance.now() - t;
  assert.ok(ms < BOUND_MS, `${what} took ${Math.round(ms)} ms`);
}

function parsesQuickly(name: string, text: string): void {
  for (const type of TYPES) within(`${name} as a ${type}`, () => parseRecord(type, `docs/${type}s/0001-x.md`, text, config));
}

describe('Parsers in linear time: reported hangs', () => {
  it('a heading with a long run of spaces inside', () => parsesQuickly('heading', '# a' + ' '.repeat(6000) + 'b'));
  it('Supersedes and link targets that never close', () => parsesQuickly('supersedes', 'Supersedes ' + '](a'.repeat(5000)));
  it('a line of [ then ](', () => parsesQuickly('brackets', '['.repeat(500_000) + ']('));
  it('a line of [](a without a )', () => parsesQuickly('open links', '[](a'.repeat(100_000)));
  it('an action item of (due without a )', () => parsesQuickly('action item', '- [ ] @a ' + '(due '.repeat(100_000)));
  it('a status section of ](', () => parsesQuickly('status section', '# T\n\n## Status\n\n' + ']('.repeat(250_000)));
  it('a front-matter value with a long run of spaces inside', () =>
    parsesQuickly('front matter', '---\nk: a' + ' '.repeat(500_000) + 'b\n---\n# T\n'));
  it('front matter the yaml library would take minutes on, or die of', () => {
    for (const [name, unit] of [
      ['explicit keys', '? '],
      ['flow lists', '['],
      ['flow mappings', '{a: '],
    ]) {
      for (const size of [2000, 4000, 16_000])
        parsesQuickly(`front matter of ${size} characters of ${name}`, `---\nk: ${unit.repeat(size / unit.length)}\n---\n# T\n`);
    }
  });
  it('a placeholder of many @', () => parsesQuickly('placeholder', '# T\n\n<' + 'a@'.repeat(200_000) + ' >'));
  it('a decision header of key lines before many headings', () =>
    within('the header of a decision', () =>
      setDecisionFieldEdit('# T\n' + 'Date: 2026-01-01\n'.repeat(30_000) + '## H\n'.repeat(30_000), 'owner', 'bob'),
    ));
});

/** Every entry point that reads a record's text: parsing, the checks with their fixes, the edits. */
function everyEntryPoint(name: string, text: string): void {
  const ctx = { config, now: new Date('2026-11-25T12:00:00Z'), zone: 'UTC', records: [], exists: () => false };
  for (const type of TYPES) {
    within(`${name}, read and checked as a ${type}`, () =>
      checkRecord(parseRecord(type, `docs/${type}s/0001-x.md`, text, config), ctx, text),
    );
  }
  within(`${name}, edited`, () => {
    setDecisionStatusEdits(text, 'superseded', { text: '2. X', target: '0002-x.md' });
    addSupersedesEdit(text, { text: '2. X', target: '0002-x.md' });
    setDecisionFieldEdit(text, 'owner', 'bob');
    setFieldInText(text, 'status', 'done');
    markReviewedInText(text, 'handbook/x.md', config, '2026-11-25');
    setOwnerInText(text, 'handbook/x.md', config, 'bob');
  });
}

describe('Parsers in linear time: generated lines', function () {
  this.timeout(120_000);

  it('every entry point, every place in a record, lines of 32 KB', () => {
    for (const line of pathologicalLines(32 * 1024))
      for (const place of PLACES) everyEntryPoint(`${line.name} ${place.name}`, place.wrap(line.text));
  });

  it('records at and around the size that is read (512 KB)', () => {
    for (const size of [MAX_RECORD_CHARS - 1, MAX_RECORD_CHARS, MAX_RECORD_CHARS + 1]) {
      let i = 0;
      for (const line of pathologicalLines(size)) if (i++ % 7 === size % 7) everyEntryPoint(`${line.name} (${size} characters)`, line.text);
    }
  });

  it('the team configuration with such a value', () => {
    for (const line of pathologicalLines(32 * 1024)) {
      within(`team configuration, ${line.name}`, () =>
        parseConfig(
          `reply-within: ${JSON.stringify(line.text)}\nreview-every: ${JSON.stringify(line.text)}\nhandbook: [${JSON.stringify(line.text)}]\nteam:\n  - handle: ${JSON.stringify(line.text)}\n`,
        ),
      );
    }
  });

  it('CODEOWNERS with such a pattern or owners, and who owns a file by it', () => {
    // Lines of CODEOWNERS are read up to 4 KB; a longer one is refused.
    for (const line of pathologicalLines(4000)) {
      within(`CODEOWNERS, ${line.name}`, () => {
        const file = parseCodeowners(`${line.text} @a\n* ${line.text}\n/${line.text}/ @b\n`, 'CODEOWNERS');
        ownersOf(file, `handbook/${line.text.replace(/\//g, 'a')}.md`);
        ownersOf(file, 'handbook/on-call.md');
      });
    }
  });
});
