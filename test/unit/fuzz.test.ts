// Generated records and team configurations through every parser: none throws, and what comes
// back points inside the text and uses the known statuses.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { checkRecord } from '../../src/core/checks/checkRecord';
import { defaultConfig, parseConfig } from '../../src/core/team/config';
import { DECISION_STATUSES } from '../../src/core/decisions/parse';
import { parseCodeowners } from '../../src/core/handbook/codeowners';
import { isCalendarDay } from '../../src/core/handbook/review';
import { parseRecord } from '../../src/core/records/parseRecord';
import { REQUEST_STATUSES } from '../../src/core/requests/request';
import type { AsyncRecord } from '../../src/core/records/types';

const config = defaultConfig();
const codeowners = parseCodeowners('* @default\nhandbook/ @alice @bob\nhandbook/drafts/\n', '.github/CODEOWNERS');
const ctx = { config, now: new Date('2026-11-25T12:00:00Z'), zone: 'UTC', records: [], exists: () => false, codeowners };

const fragment = fc.oneof(
  fc.constantFrom(
    '---',
    '# ',
    '## Status',
    'Status: ',
    '* Status: ',
    'status: ',
    'owner: ',
    'owner_slack: ',
    'last-reviewed: ',
    'last_reviewed_on: ',
    'review-every: ',
    'review_in: ',
    '6 months',
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
  if (r.type === 'page') {
    assert.deepEqual([r.status, r.actions], ['', []]);
    for (const day of [r.lastReviewed, r.reviewBy]) assert.ok(day === null || isCalendarDay(day), String(day));
    assert.equal(r.reviewBy === null, r.lastReviewed === null);
  }
}

describe('Parsers on generated input', function () {
  this.timeout(60_000);

  for (const type of ['request', 'decision', 'meeting', 'page'] as const) {
    it(`read and check ${type}s without throwing (3,000 records)`, () => {
      const path = type === 'page' ? 'handbook/0001-x.md' : `docs/${type}s/0001-x.md`;
      fc.assert(
        fc.property(text, (source) => {
          const r = parseRecord(type, path, source, config);
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
