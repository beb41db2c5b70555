import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../src/core/team/config';
import { parsePage } from '../../src/core/handbook/page';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkRecord } from '../../src/core/checks/checkRecord';
import { parseConfig } from '../../src/core/team/config';
import { readDocument } from '../../src/core/records/document';
import { parseRecord } from '../../src/core/records/parseRecord';
import type { RecordType } from '../../src/core/records/types';
import { SAMPLE_NOW } from '../support/helpers';
import { ROOT } from '../support/paths';

const snippets = JSON.parse(readFileSync(path.join(ROOT, 'snippets/markdown.json'), 'utf8')) as Record<
  string,
  { prefix: string; body: string | string[]; description: string }
>;

/** The variables VS Code fills in, at SAMPLE_NOW in UTC. */
const VARIABLES: Record<string, string> = {
  CURRENT_YEAR: '2026',
  CURRENT_MONTH: '11',
  CURRENT_DATE: '25',
  CURRENT_HOUR: '12',
  CURRENT_MINUTE: '00',
  CURRENT_TIMEZONE_OFFSET: '+00:00',
};

/**
 * Expands VS Code snippet syntax: `$1`, `${1}`, `${1:default}` (nested), `${1|a,b|}` (first choice),
 * `$NAME`, `${NAME}`, `${NAME:default}` and `\` escapes. `fill` replaces tab stops by number.
 */
function expand(body: string, fill: Record<number, string> = {}): { text: string; tabStops: number[] } {
  const values = new Map<number, string>();
  const tabStops = new Set<number>();
  let i = 0;
  const readName = () => {
    const m = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(body.slice(i));
    if (!m) throw new Error(`bad snippet at ${i}: ${body.slice(i, i + 20)}`);
    i += m[0].length;
    return m[0];
  };
  const value = (name: string, fallback: string) => {
    if (/^\d+$/.test(name)) {
      const n = Number(name);
      tabStops.add(n);
      const v = fill[n] ?? values.get(n) ?? fallback;
      if (!values.has(n)) values.set(n, v);
      return v;
    }
    assert.ok(name in VARIABLES, `unknown variable ${name}`);
    return VARIABLES[name];
  };
  const parse = (stop: string): string => {
    let out = '';
    while (i < body.length && !stop.includes(body[i])) {
      const c = body[i];
      if (c === '\\') {
        out += body[i + 1];
        i += 2;
      } else if (c === '$' && body[i + 1] === '{') {
        i += 2;
        const name = readName();
        if (body[i] === '}') {
          i++;
          out += value(name, '');
        } else if (body[i] === ':') {
          i++;
          const fallback = parse('}');
          i++;
          out += value(name, fallback);
        } else if (body[i] === '|') {
          i++;
          const choices = parse('|').split(',');
          i += 2;
          out += value(name, choices[0]);
        } else throw new Error(`bad snippet at ${i}`);
      } else if (c === '$' && /[\w]/.test(body[i + 1] ?? '')) {
        i++;
        out += value(readName(), '');
      } else {
        out += c;
        i++;
      }
    }
    return out;
  };
  const text = parse('');
  return { text, tabStops: [...tabStops].sort((a, b) => a - b) };
}

const config = parseConfig(
  'team:\n  - handle: alice\n    timezone: Europe/Paris\n  - handle: bruno\n    timezone: America/Sao_Paulo\n',
).config;
const ctx = { config, now: SAMPLE_NOW, zone: 'UTC', records: [], exists: () => true };
const body = (name: string) => {
  const b = snippets[name].body;
  return Array.isArray(b) ? b.join('\n') : b;
};

/** Each snippet: the record type it writes, where, and real values for its tab stops. */
const CASES: { name: string; prefix: string; type: RecordType; path: string; fill: Record<number, string> }[] = [
  {
    name: 'Request',
    prefix: 'request',
    type: 'request',
    path: 'docs/requests/2026-11-25-api-limits.md',
    fill: {
      1: 'Review the API rate limits',
      3: 'alice',
      4: 'bruno',
      5: '2026-12-02',
      6: 'Two customers hit the limit.',
      7: 'Raise the limit or add a bulk endpoint?',
      8: 'A comment naming the choice.',
      9: 'The contract review is on 3 December.',
    },
  },
  {
    name: 'Handoff',
    prefix: 'handoff',
    type: 'request',
    path: 'docs/requests/2026-11-25-handoff-migration.md',
    fill: {
      1: 'the billing migration',
      2: 'bruno',
      3: 'alice',
      4: '2026-11-26',
      6: 'half the tables are copied; the copy job runs.',
      7: 'the invoices table is locked until 14:00 UTC.',
      8: 'Copy the remaining tables and switch reads.',
      9: 'Reads go to the new database.',
      10: 'Tomorrow: the old database is switched off on Friday.',
    },
  },
  {
    name: 'Meeting notes',
    prefix: 'meeting',
    type: 'meeting',
    path: 'docs/meetings/2026-11-27-planning.md',
    fill: {
      1: 'Sprint planning',
      2: '2026-11-27',
      3: '15:00',
      4: 'alice',
      5: 'alice, bruno',
      6: 'The open requests.',
      7: 'bruno',
      8: 'Draft the rota',
      9: '2026-12-04',
    },
  },
  {
    name: 'Decision',
    prefix: 'decision',
    type: 'decision',
    path: 'docs/adr/0008-use-a-queue.md',
    fill: {
      2: 'alice',
      3: 'alice, bruno',
      4: 'Use a queue for webhooks',
      5: 'Webhooks are lost when the API restarts.',
      6: 'A queue',
      7: 'Retries in memory',
      8: 'a queue',
      9: 'it survives restarts',
      10: 'One more service to run.',
    },
  },
];

describe('snippets', () => {
  it('has the six prefixes', () => {
    assert.deepEqual(
      Object.values(snippets)
        .map((s) => s.prefix)
        .sort(),
      ['action', 'decision', 'handoff', 'meeting', 'page', 'request'],
    );
    for (const s of Object.values(snippets)) assert.ok(s.description.length > 0);
  });

  for (const c of CASES) {
    it(`${c.prefix}: with its default values it reads as a ${c.type}, its template text flagged`, () => {
      assert.equal(snippets[c.name].prefix, c.prefix);
      const { text } = expand(body(c.name));
      const record = parseRecord(c.type, c.path, text, config);
      assert.equal(record.type, c.type);
      assert.deepEqual(record.problems, []);
      if (record.type === 'decision') assert.equal(record.status, 'proposed');
      else {
        assert.equal(record.frontMatter?.type, c.type);
        assert.ok(checkRecord(record, ctx).some((p) => p.code === 'placeholder'));
      }
    });

    it(`${c.prefix}: filled in, it has no problems`, () => {
      const { text, tabStops } = expand(body(c.name), c.fill);
      const record = parseRecord(c.type, c.path, text, config);
      assert.deepEqual(checkRecord(record, ctx), []);
      assert.ok(tabStops.length >= 5, 'several tab stops');
      if (record.type !== 'decision') assert.equal(record.owner, c.fill[c.type === 'meeting' ? 4 : c.name === 'Handoff' ? 2 : 3]);
    });
  }

  it('page: with its default values it has an owner, is reviewed today and every 6 months, its template text flagged', () => {
    assert.equal(snippets['Handbook page'].prefix, 'page');
    const doc = readDocument(expand(body('Handbook page')).text, 'handbook/new-page.md');
    assert.deepEqual(doc.problems, []);
    const fields = doc.fields!;
    assert.deepEqual(Object.keys(fields), ['title', 'owner', 'last-reviewed', 'review-every']);
    // Today at SAMPLE_NOW, and the team's default interval first among the choices.
    assert.deepEqual([fields['last-reviewed'], fields['review-every']], ['2026-11-25', '6 months']);
    const placeholders = doc.layout({ placeholders: true }).placeholders.map((p) => p.text);
    assert.ok(placeholders.includes('<handle>'), 'the owner is to be filled in');
    assert.equal(doc.firstTitle, fields.title, 'the heading repeats the title');
  });

  it('page: filled in, it has no template text, and the heading follows the title', () => {
    const fill = { 1: 'On-call runbook', 2: 'bruno', 4: 'For the person on call.', 5: 'When an alert fires', 6: 'Acknowledge it.' };
    const { text, tabStops } = expand(body('Handbook page'), fill);
    const doc = readDocument(text, 'handbook/on-call.md');
    assert.deepEqual(doc.problems, []);
    assert.deepEqual(doc.layout({ placeholders: true }).placeholders, []);
    assert.deepEqual(
      [doc.fields?.title, doc.fields?.owner, doc.firstTitle, doc.headings.map((h) => h.text)],
      ['On-call runbook', 'bruno', 'On-call runbook', ['On-call runbook', 'When an alert fires']],
    );
    assert.deepEqual(tabStops, [0, 1, 2, 3, 4, 5, 6]);
    // Each choice of interval is one a page may write, and the page reader takes it.
    const choices = /\$\{3\|([^|]*)\|\}/.exec(body('Handbook page'))?.[1].split(',') ?? [];
    assert.deepEqual(choices, ['6 months', '3 months', '1 month', '1 year']);
    for (const choice of choices) {
      const page = parsePage(
        readDocument(expand(body('Handbook page'), { ...fill, 3: choice }).text, 'handbook/on-call.md'),
        defaultConfig(),
      );
      assert.deepEqual([page.reviewEvery.raw, page.problems], [choice, []]);
    }
  });

  it('action: expands to one action item with an owner and a due date', () => {
    const item = expand(body('Action item'), { 1: 'bruno', 2: 'Check the backups' }).text;
    const text = `---\ntype: meeting\ndate: 2026-11-24T10:00:00Z\nowner: alice\n---\n\n## Pre-read\nx\n\n## Notes\ny\n\n## Action items\n${item}\n`;
    const meeting = parseRecord('meeting', 'docs/meetings/m.md', text, config);
    assert.equal(meeting.actions.length, 1);
    assert.deepEqual(
      [meeting.actions[0].owner, meeting.actions[0].text, meeting.actions[0].dueRaw],
      ['bruno', 'Check the backups', '2026-11-25'],
    );
    assert.deepEqual(checkRecord(meeting, ctx), []);
    const unfilled = parseRecord('meeting', 'docs/meetings/m.md', text.replace(item, expand(body('Action item')).text), config);
    assert.deepEqual([...new Set(checkRecord(unfilled, ctx).map((p) => p.code))].sort(), ['missing-owner', 'placeholder']);
  });
});
