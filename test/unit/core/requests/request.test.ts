import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { checkRecord } from '../../../../src/core/checks/checkRecord';
import { defaultConfig, parseConfig } from '../../../../src/core/team/config';
import { parseMeeting } from '../../../../src/core/requests/meeting';
import { parseRequest } from '../../../../src/core/requests/request';
import { readDocument } from '../../../../src/core/records/document';
import { SAMPLE_NOW } from '../../../support/helpers';

const config = parseConfig(
  'team:\n  - handle: alice\n    timezone: Europe/Paris\n  - handle: bruno\n    timezone: America/Sao_Paulo\n',
).config;

describe('reading requests', () => {
  it('reads the front matter fields, dates in the owner zone', () => {
    const r = parseRequest(
      readDocument(
        [
          '---',
          'type: request',
          'title: Access to staging',
          'status: Answered',
          'owner: "@alice"',
          'requester: bruno',
          'created: 2026-11-25T09:00:00Z',
          'reply-by: 2026-11-26 10:00',
          'deadline: 2026-12-04',
          '---',
          '',
          '## Context',
          'Some context.',
        ].join('\n'),
        'docs/requests/2026-11-25-x.md',
      ),
      config,
    );
    assert.equal(r.title, 'Access to staging');
    assert.equal(r.status, 'answered');
    assert.equal(r.statusRaw, 'Answered');
    assert.equal(r.owner, 'alice');
    assert.equal(r.requester, 'bruno');
    assert.deepEqual(r.created, new Date('2026-11-25T09:00:00Z'));
    // No offset: read in Paris (UTC+1 in winter).
    assert.deepEqual(r.replyBy, new Date('2026-11-26T09:00:00Z'));
    assert.equal(r.replyByWritten, true);
    // A date alone is the end of that day in Paris.
    assert.deepEqual(r.deadline, new Date('2026-12-04T22:59:59.999Z'));
    assert.deepEqual(r.layout.fields.deadline, { line: 8, endColumn: 'deadline: 2026-12-04'.length, endLine: 9 });
    assert.deepEqual(r.problems, []);
  });

  it('computes the reply-by from created and the SLA when it is not written', () => {
    const r = parseRequest(readDocument('---\nowner: bruno\ncreated: 2026-11-27T20:00:00Z\n---\n', 'x.md'), config);
    assert.equal(r.replyByWritten, false);
    assert.deepEqual(r.replyBy, new Date('2026-11-30T20:00:00Z'));
    assert.equal(parseRequest(readDocument('---\nowner: bruno\n---\n', 'x.md'), config).replyBy, null);
  });

  it('defaults to open and reports an unknown status and bad dates with their lines', () => {
    const r = parseRequest(readDocument('---\nstatus: pending\ncreated: yesterday\ndeadline: 2026-02-30\n---\n', 'x.md'), config);
    assert.equal(r.status, 'open');
    assert.deepEqual(
      r.problems.map((p) => [p.code, p.line]),
      [
        ['unknown-status', 1],
        ['invalid-date', 2],
        ['invalid-date', 3],
      ],
    );
    assert.equal(r.created, null);
  });

  it('takes the title from the heading or the file name without front matter', () => {
    assert.equal(parseRequest(readDocument('# Need a key\n', 'docs/requests/2026-11-25-need-a-key.md'), config).title, 'Need a key');
    assert.equal(parseRequest(readDocument('text\n', 'docs/requests/2026-11-25-need-a-key.md'), config).title, 'Need a key');
  });

  it('finds template text but not HTML, autolinks, comments or code', () => {
    const r = parseRequest(
      readDocument(
        [
          '## Context',
          'TODO: explain <why it matters> and TBD',
          'Use <br> or <https://x.y> or <!-- note --> or `TODO`',
          '```',
          'TODO in an example',
          '```',
        ].join('\n'),
        'x.md',
      ),
      defaultConfig(),
    );
    assert.deepEqual(
      r.layout.placeholders.map((p) => [p.line, p.column, p.text]),
      [
        [1, 0, 'TODO'],
        [1, 14, '<why it matters>'],
        [1, 35, 'TBD'],
      ],
    );
  });

  it('never throws on arbitrary text, and its checks do not either', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.constantFrom('', '---\n', '---\nowner: [a, b]\ncreated: x\n---\n## Notes\n- [ ] @a @b x (due y)\n'),
        (body, head) => {
          const ctx = { config, now: SAMPLE_NOW, zone: 'UTC', records: [], exists: () => false };
          const r = parseRequest(readDocument(head + body, 'docs/requests/x.md'), config);
          const m = parseMeeting(readDocument(head + body, 'docs/meetings/x.md'), config);
          assert.ok(Array.isArray(checkRecord(r, ctx)));
          assert.ok(Array.isArray(checkRecord(m, ctx)));
        },
      ),
    );
  });
});

describe('reading meetings and action items', () => {
  const text = [
    '---',
    'type: meeting',
    'title: Planning',
    'date: 2026-11-30T10:00:00+01:00',
    'owner: alice',
    'attendees: [alice, bruno]',
    '---',
    '',
    '## Action items',
    '- [ ] @bruno Draft the rota (due 2026-12-05)',
    '  * [X] @alice, @bruno Pair on it (by 2026-12-01T15:00:00Z)',
    '- [ ] Nobody (due soon)',
    '```',
    '- [ ] @alice not an item',
    '```',
  ].join('\n');

  it('reads the meeting and its pre-read due on the owner clock', () => {
    const m = parseMeeting(readDocument(text, 'docs/meetings/2026-11-30-planning.md'), config);
    assert.equal(m.title, 'Planning');
    assert.deepEqual(m.attendees, ['alice', 'bruno']);
    assert.deepEqual(m.date, new Date('2026-11-30T09:00:00Z'));
    // Monday 10:00 in Paris minus 24h on working days: Friday 10:00 in Paris.
    assert.deepEqual(m.preReadDue, new Date('2026-11-27T09:00:00Z'));
  });

  it('reads each action item with its owners, box, and due date in its owner zone', () => {
    const [rota, pair, nobody, ...rest] = parseMeeting(readDocument(text, 'm.md'), config).actions;
    assert.equal(rest.length, 0);
    assert.deepEqual(
      { ...rota, due: rota.due?.toISOString() },
      {
        line: 9,
        boxColumn: 2,
        endColumn: '- [ ] @bruno Draft the rota (due 2026-12-05)'.length,
        done: false,
        owner: 'bruno',
        owners: ['bruno'],
        text: 'Draft the rota',
        due: '2026-12-06T02:59:59.999Z',
        dueRaw: '2026-12-05',
      },
    );
    assert.deepEqual([pair.done, pair.owners, pair.text, pair.boxColumn], [true, ['alice', 'bruno'], 'Pair on it', 4]);
    assert.deepEqual(pair.due, new Date('2026-12-01T15:00:00Z'));
    assert.deepEqual([nobody.owner, nobody.dueRaw, nobody.due], [null, 'soon', null]);
    const [plain, colon] = parseMeeting(
      readDocument("- [ ] @alice and then review (due 2026-12-01)\n- [ ] @bruno: check @alice's notes\n", 'm.md'),
      config,
    ).actions;
    assert.deepEqual([plain.owners, plain.text], [['alice'], 'and then review']);
    assert.deepEqual([colon.owners, colon.text], [['bruno'], "check @alice's notes"]);
  });
});
