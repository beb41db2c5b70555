import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { checkRecord } from '../../../../src/core/checks/checkRecord';
import { parseConfig } from '../../../../src/core/team/config';
import { parseMeeting } from '../../../../src/core/requests/meeting';
import {
  checkNewDeadline,
  firstEmptySectionLine,
  formatMeetingStart,
  newMeetingText,
  newRecordPath,
  newRequestText,
  parseMeetingStart,
  suggestedMeetingStart,
} from '../../../../src/core/requests/newRecord';
import { slugify } from '../../../../src/core/records/templates';
import { parseRequest } from '../../../../src/core/requests/request';
import { readDocument } from '../../../../src/core/records/document';
import { isHandle } from '../../../../src/core/team/handles';
import { SAMPLE_NOW } from '../../../support/helpers';

const config = parseConfig(
  'team:\n  - handle: alice\n    timezone: Europe/Paris\n  - handle: bruno\n    timezone: America/Sao_Paulo\n',
).config;
const ctx = { config, now: SAMPLE_NOW, zone: 'UTC', records: [], exists: () => true };

describe('the deadline of a new request', () => {
  const bruno = { handle: 'bruno', zone: 'America/Sao_Paulo' };
  const replyBy = new Date('2026-11-26T12:00:00Z');

  it('is refused once that day has ended for the owner, saying when it ended and what time it is now', () => {
    assert.deepEqual(checkNewDeadline('2026-11-20', bruno, replyBy, SAMPLE_NOW, 'Europe/Paris'), {
      severity: 'error',
      message:
        'That deadline has passed: it ended Sat 21 Nov, 03:59 (Fri 20 Nov, 23:59 in America/Sao_Paulo) and it is now Wed 25 Nov, 13:00. Choose a later day.',
    });
    assert.deepEqual(checkNewDeadline('soon', bruno, replyBy, SAMPLE_NOW, 'UTC'), {
      severity: 'error',
      message: 'A date such as 2026-12-10.',
    });
  });

  it('is allowed with a warning when it comes before the reply-by, and without one after it', () => {
    // Today still has hours left in São Paulo, but they end before the reply-by.
    assert.deepEqual(checkNewDeadline('2026-11-25', bruno, replyBy, SAMPLE_NOW, 'America/Sao_Paulo'), {
      severity: 'warning',
      message: "The deadline comes before the reply-by (Thu 26 Nov, 09:00): @bruno gets less time than the team's reply-within.",
    });
    assert.equal(checkNewDeadline(' 2026-11-26 ', bruno, replyBy, SAMPLE_NOW, 'Europe/Paris'), null);
    assert.equal(checkNewDeadline('2026-11-25', bruno, null, SAMPLE_NOW, 'Europe/Paris'), null);
  });
});

describe('new requests and meetings', () => {
  it('names the file by the day and a slug, never over an existing one', () => {
    assert.equal(slugify('Réview the API: limits & quotas!'), 'review-the-api-limits-quotas');
    assert.equal(slugify('!!!'), 'untitled');
    const taken = new Set(['docs/requests/2026-11-25-api-limits.md']);
    assert.equal(
      newRecordPath('docs/requests/', SAMPLE_NOW, 'UTC', 'API limits', (p) => taken.has(p)),
      'docs/requests/2026-11-25-api-limits-2.md',
    );
    // 23:30 UTC is already the next day in Shanghai.
    assert.equal(
      newRecordPath('m', new Date('2026-11-25T23:30:00Z'), 'Asia/Shanghai', 'x', () => false),
      'm/2026-11-26-x.md',
    );
  });

  it('writes a request created in the requester zone, with the reply-by from the team reply-within in the owner zone, and only empty sections left', () => {
    const text = newRequestText(
      { title: 'Access: staging', owner: 'bruno', requester: 'alice', deadline: '2026-12-04' },
      SAMPLE_NOW,
      config,
      null,
    );
    const r = parseRequest(readDocument(text, 'docs/requests/x.md'), config);
    assert.equal(r.title, 'Access: staging');
    // Created on the requester's clock (alice, Paris); the reply-by on the owner's (bruno, São Paulo).
    assert.equal(r.frontMatter?.created, '2026-11-25T13:00:00+01:00');
    assert.deepEqual(r.replyBy, new Date('2026-11-26T12:00:00Z'));
    assert.equal(r.replyByWritten, true);
    assert.deepEqual([...new Set(checkRecord(r, ctx).map((p) => p.code))], ['empty-section']);
    const line = firstEmptySectionLine(text)!;
    assert.equal(text.split('\n')[line - 1], '## Context');
  });

  it('fills a team template and adds front matter when it has none', () => {
    const template =
      '## Context\nAsked by {{requester}} for {{owner}}, due {{deadline}}.\n\n## The ask\n\n## Definition of done\nx\n\n## Deadline and why\ny\n';
    const text = newRequestText({ title: 'T', owner: 'alice', requester: 'bruno', deadline: '2026-12-04' }, SAMPLE_NOW, config, template);
    assert.match(text, /Asked by bruno for alice, due 2026-12-04\./);
    const r = parseRequest(readDocument(text, 'docs/requests/x.md'), config);
    assert.equal(r.owner, 'alice');
    assert.equal(text.split('\n')[firstEmptySectionLine(text)! - 1], '## The ask');
  });

  it('writes meeting notes whose pre-read is due before the meeting', () => {
    const start = parseMeetingStart('2026-11-30 10:00', 'Europe/Paris')!;
    assert.deepEqual(start, new Date('2026-11-30T09:00:00Z'));
    const text = newMeetingText({ title: 'Planning', owner: 'alice', date: start, attendees: ['alice', 'bruno'] }, config, null);
    const m = parseMeeting(readDocument(text, 'docs/meetings/x.md'), config);
    assert.deepEqual(m.attendees, ['alice', 'bruno']);
    assert.deepEqual(m.preReadDue, new Date('2026-11-27T09:00:00Z'));
    assert.equal(text.split('\n')[firstEmptySectionLine(text)! - 1], '## Pre-read');
    assert.equal(parseMeetingStart('2026-02-30 10:00', 'UTC'), null);
    assert.equal(parseMeetingStart('tomorrow', 'UTC'), null);
  });

  it("suggests a start an hour into the owner's next working day that leaves time for the pre-read, as the prompt takes it", () => {
    const suggest = (now: string, owner = 'alice') => {
      const start = suggestedMeetingStart(new Date(now), config, owner);
      return start && formatMeetingStart(start, owner === 'alice' ? 'Europe/Paris' : 'America/Sao_Paulo');
    };
    // Wednesday 13:00 in Paris: Thursday 10:00 would want the pre-read by 10:00 today, already gone.
    assert.equal(suggest(SAMPLE_NOW.toISOString()), '2026-11-27 10:00');
    assert.equal(suggest('2026-11-25T06:00:00Z'), '2026-11-26 10:00');
    // Friday afternoon: Monday's pre-read would be due on Friday morning; Tuesday it is.
    assert.equal(suggest('2026-11-27T12:00:00Z'), '2026-12-01 10:00');
    // 09:00 in São Paulo: Thursday's pre-read, due at 10:00 today, is still ahead.
    assert.equal(suggest(SAMPLE_NOW.toISOString(), 'bruno'), '2026-11-26 10:00');
    const start = suggestedMeetingStart(SAMPLE_NOW, config, 'alice')!;
    assert.deepEqual(parseMeetingStart(formatMeetingStart(start, 'Europe/Paris'), 'Europe/Paris'), start);
  });

  it('writes titles and handles so that they read back as typed, whatever YAML would make of them bare', () => {
    const typed = [
      "'Quoted' name",
      'Null',
      'True',
      '007',
      '1e400',
      '0x1F',
      'a: b',
      '- x',
      '[x]',
      '#1 priority',
      'x # y',
      '"q"',
      '*a',
      '&a x',
      '? x',
      '%x',
      '@x',
      '~',
      'No',
      'Access: staging',
    ];
    for (const title of typed) {
      const text = newRequestText({ title, owner: '1234', requester: 'null', deadline: '2026-12-04' }, SAMPLE_NOW, config, null);
      const r = parseRequest(readDocument(text, 'docs/requests/x.md'), config);
      assert.deepEqual([r.title, r.owner, r.requester, r.problems], [title, '1234', 'null', []], text);
      const m = parseMeeting(
        readDocument(
          newMeetingText({ title, owner: 'true', date: SAMPLE_NOW, attendees: ['007', 'null', 'alice'] }, config, null),
          'docs/meetings/x.md',
        ),
        config,
      );
      assert.deepEqual([m.title, m.owner, m.attendees], [title, 'true', ['007', 'null', 'alice']]);
    }
  });

  it('reads back every title and handle as typed, through the record readers (property)', () => {
    const title = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((t) => t.trim() === t && t !== '');
    const handle = fc.stringMatching(/^[A-Za-z0-9][\w.-]{0,15}$/).filter(isHandle);
    fc.assert(
      fc.property(title, handle, handle, fc.array(handle, { maxLength: 4 }), (t, owner, requester, attendees) => {
        const r = parseRequest(
          readDocument(
            newRequestText({ title: t, owner, requester, deadline: '2026-12-04' }, SAMPLE_NOW, config, null),
            'docs/requests/x.md',
          ),
          config,
        );
        assert.deepEqual([r.title, r.owner, r.requester], [t, owner, requester]);
        const m = parseMeeting(
          readDocument(newMeetingText({ title: t, owner, date: SAMPLE_NOW, attendees }, config, null), 'docs/meetings/x.md'),
          config,
        );
        assert.deepEqual([m.title, m.owner, m.attendees], [t, owner, attendees]);
      }),
      { numRuns: 300 },
    );
  });

  it('writes a whole-value {{title}} in a template front matter as YAML, and leaves other uses as typed', () => {
    const template = '---\ntitle: {{title}}\nowner: {{ owner }}\nnote: about {{title}}\n---\n\n# {{title}}\n\n## Context\n';
    const text = newRequestText(
      { title: "'Quoted' name", owner: 'null', requester: null, deadline: '2026-12-04' },
      SAMPLE_NOW,
      config,
      template,
    );
    const r = parseRequest(readDocument(text, 'docs/requests/x.md'), config);
    assert.deepEqual([r.title, r.owner], ["'Quoted' name", 'null']);
    assert.ok(text.includes("# 'Quoted' name\n"), text);
    const crlf = newRequestText(
      { title: 'True', owner: 'alice', requester: null, deadline: '2026-12-04' },
      SAMPLE_NOW,
      config,
      template.replace(/\n/g, '\r\n'),
    );
    assert.equal(parseRequest(readDocument(crlf, 'docs/requests/x.md'), config).title, 'True');
  });
});
