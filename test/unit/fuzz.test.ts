// Generated records and team configurations through every parser: none throws, and what comes
// back points inside the text and uses the known statuses.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { checkRecord } from '../../src/core/checks/checkRecord';
import { defaultConfig, parseConfig } from '../../src/core/team/config';
import { DECISION_STATUSES } from '../../src/core/decisions/parse';
import { parseRecord } from '../../src/core/records/parseRecord';
import { REQUEST_STATUSES } from '../../src/core/requests/request';
import type { AsyncRecord } from '../../src/core/records/types';

const config = defaultConfig();
const ctx = { config, now: new Date('2026-11-25T12:00:00Z'), zone: 'UTC', records: [], exists: () => false };

const fragment = fc.oneof(
  fc.constantFrom(
    '---',
    '# ',
    '## Status',
    'Status: ',
    '* Status: ',
    'status: ',
    'owner: ',
    '- [ ] ',
    '- [x] @',
    '(due ',
    '2026-12-10',
    ')',
    '[',
    '](',
    '"',
    '<',
    '>',
    '<!--',
    '-->',
    '```',
    '? ',
    '{',
    'Supersedes ',
    'accepted',
    'superseded by ',
    ':',
    '#',
    ' ',
    '\t',
    '\r',
    '\u2028',
  ),
  fc.string({ maxLength: 12 }),
);
const line = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(''));
const text = fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n'));

function wellFormed(r: AsyncRecord, source: string): void {
  const lines = source.split(/\r?\n/);
  for (const p of r.problems)
    assert.ok(p.line >= 0 && p.line < Math.max(lines.length, 1) && p.column >= 0, `problem at ${p.line}:${p.column}`);
  for (const l of r.links) assert.ok(l.column >= 0 && l.endColumn <= lines[l.line].length && l.target.length > 0, 'link inside its line');
  for (const a of r.actions) assert.ok(a.line < lines.length && a.boxColumn < lines[a.line].length, 'action item inside the text');
  for (const s of r.sections) assert.ok(s.line < s.endLine + 1 && s.endLine <= lines.length, 'section inside the text');
  if (r.type === 'decision') assert.ok(r.status === 'unknown' || DECISION_STATUSES.includes(r.status), r.status);
  if (r.type === 'request') assert.ok(REQUEST_STATUSES.includes(r.status), r.status);
}

describe('Parsers on generated input', function () {
  this.timeout(60_000);

  for (const type of ['request', 'decision', 'meeting'] as const) {
    it(`read and check ${type}s without throwing (3,000 records)`, () => {
      fc.assert(
        fc.property(text, (source) => {
          const r = parseRecord(type, `docs/${type}s/0001-x.md`, source, config);
          wellFormed(r, source);
          checkRecord(r, ctx, source);
        }),
        { seed: 9, numRuns: 3000 },
      );
    });
  }

  it('reads team configurations without throwing (1,000 configurations)', () => {
    fc.assert(
      fc.property(text, (source) => {
        const result = parseConfig(source);
        for (const p of result.problems) assert.equal(p.code, 'invalid-config');
      }),
      { seed: 9, numRuns: 1000 },
    );
  });
});
