import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { checkRecord } from '../../../../src/core/checks/checkRecord';
import { parseConfig } from '../../../../src/core/team/config';
import { normaliseDecisionStatus, parseDecision } from '../../../../src/core/decisions/parse';
import { MAX_RECORD_CHARS, readDocument } from '../../../../src/core/records/document';
import { SAMPLE_NOW } from '../../../support/helpers';

const config = parseConfig('comment-period: 7d\nteam:\n  - handle: alice\n    timezone: Europe/Paris\n').config;
const read = (text: string, path = 'docs/adr/0012-use-a-queue.md') => parseDecision(readDocument(text, path), config);

describe('reading decision records', () => {
  it('adr-tools (Nygard): numbered heading, Date line, ## Status section, Supersedes line', () => {
    const r = read(
      '# 12. Use a queue\n\nDate: 2026-03-10\n\n## Status\n\nAccepted\n\nSupersedes [3. Use cron](0003-use-cron.md)\n\n## Context\n\nx\n',
    );
    assert.deepEqual(
      [r.title, r.number, r.status, r.statusRaw, r.format, r.date?.toISOString(), r.supersedes, r.statusAt],
      [
        'Use a queue',
        12,
        'accepted',
        'Accepted',
        'nygard',
        '2026-03-10T23:59:59.999Z',
        ['docs/adr/0003-use-cron.md'],
        { line: 6, column: 0, endColumn: 8 },
      ],
    );
    assert.deepEqual(r.problems, []);
  });

  it('MADR 2: bullet lines under the title', () => {
    const r = read(
      '# Use a queue\n\n* Status: superseded by [ADR-0013](0013-use-kafka.md)\n* Deciders: alice, bruno\n* Date: 2026-03-10\n\n## Context and Problem Statement\n',
    );
    assert.deepEqual(
      [r.status, r.format, r.supersededBy, r.deciders, r.date?.toISOString().slice(0, 10)],
      ['superseded', 'madr2', 'docs/adr/0013-use-kafka.md', ['alice', 'bruno'], '2026-03-10'],
    );
  });

  it('MADR 3/4: front matter with decision-makers (MADR 3: deciders), comments-until and owner', () => {
    const r = read(
      '---\nstatus: proposed\ndate: 2026-11-20\ndecision-makers: [alice, bruno]\nowner: "@alice"\ncomments-until: 2026-12-01\n---\n\n# Use a queue\n',
    );
    assert.deepEqual(
      [r.status, r.format, r.owner, r.deciders, r.commentsUntilWritten],
      ['proposed', 'madr', 'alice', ['alice', 'bruno'], true],
    );
    // A day alone ends at midnight in the owner's zone (Paris, UTC+1).
    assert.deepEqual(r.commentsUntil, new Date('2026-12-01T22:59:59.999Z'));
    assert.deepEqual(read('---\nstatus: accepted\ndeciders: [chen]\n---\n# X\n').deciders, ['chen']);
  });

  it('finds a front-matter status on its line, also with a space before the colon (`status : accepted`)', () => {
    assert.deepEqual(read('---\nnav_order: 42\nstatus: accepted\n---\n# X\n').statusAt, { line: 2, column: 8, endColumn: 16 });
    assert.deepEqual(read('---\nnav_order: 42\nstatus : "accepted"\n---\n# X\n').statusAt, { line: 2, column: 9, endColumn: 19 });
    const unknown = read('---\ndate : 2026-11-20\nstatus : maybe\n---\n# X\n').problems;
    assert.deepEqual(
      unknown.map((p) => [p.code, p.line]),
      [['unknown-status', 2]],
    );
  });

  it('Log4brains: dash bullets and a date-slug file name without a number', () => {
    const r = read('# Use Next.js\n\n- Status: draft\n- Date: 2020-09-25\n- Tags: frontend\n', 'docs/adr/20200925-use-nextjs.md');
    assert.deepEqual([r.status, r.format, r.number, r.title], ['draft', 'log4brains', null, 'Use Next.js']);
  });

  it('opens the comment window on the proposed date for the team comment period', () => {
    const r = read('# 1. X\n\nDate: 2026-11-20\n\n## Status\n\nProposed\n');
    assert.deepEqual([r.commentsUntil?.toISOString(), r.commentsUntilWritten], ['2026-11-27T23:59:59.999Z', false]);
    assert.equal(read('# 1. X\n\nDate: 2026-11-20\n\n## Status\n\nAccepted\n').commentsUntil, null);
  });

  it('maps decorated and synonymous statuses as a careful reader would', () => {
    const cases: [string, string][] = [
      ['✅ Accepted', 'accepted'],
      ['**Accepted**', 'accepted'],
      ['Draft :construction:', 'draft'],
      ['🤔 Proposed', 'proposed'],
      ['Accepted (supersedes ADR 2)', 'accepted'],
      ['Superseded by [5. Use GraphQL](0005-use-graphql.md)', 'superseded'],
      ['⌛️ Superseded by [036. Multi-cluster](036-multi-cluster.md)', 'superseded'],
      ['Approved', 'accepted'],
      ['Decided.', 'accepted'],
      ['✅ **Implemented** - support is fully implemented', 'accepted'],
      ['Pending', 'proposed'],
      ['on hold', 'proposed'],
      ['To be decided', 'proposed'],
      ['deprecated, no-longer-relevant', 'deprecated'],
      ['Reverted by [discussion #1198](https://example.com/d/1198).', 'deprecated'],
      ['❌ Rejected (see [019](019-shared.md))', 'rejected'],
      ['🤔 Incomplete', 'draft'],
      ['Gathering information.', 'draft'],
      ['2020-03-25 accepted', 'accepted'],
      ['accepté', 'accepted'],
      ['proposé', 'proposed'],
      ['rejeté', 'rejected'],
      ['PROPOSED', 'proposed'],
      ['Banana', 'unknown'],
    ];
    for (const [raw, status] of cases) assert.equal(normaliseDecisionStatus(raw), status, raw);
  });

  it('ignores Status: examples inside code fences', () => {
    const r = read('# 1. X\n\n```markdown\n## Status\n\nRejected\nStatus: rejected\n```\n\nStatus: Accepted\n');
    assert.deepEqual([r.status, r.statusAt?.line], ['accepted', 9]);
  });

  it('reads the newest line of a status history, by date when each line has one', () => {
    assert.equal(read('# 1. X\n\n## Status\n\n- 2020-03-01 proposed\n- 2020-04-02 accepted\n').status, 'accepted');
    assert.equal(read('# 1. X\n\n## Status\n\n2020-04-02 accepted\n2020-03-01 proposed\n').status, 'accepted');
    assert.equal(read('# 1. X\n\n## Status\n\nProposed\nRejected\n').status, 'rejected');
  });

  it('finds a status written at the end of the file', () => {
    const r = read('# 1. X\n\n## Context\n\nx\n\n## Decision\n\ny\n\n## Status\n\nAccepted\n');
    assert.deepEqual([r.status, r.statusAt?.line], ['accepted', 12]);
  });

  it('reads French keys (Statut) and setext headings', () => {
    assert.equal(read('# 1. X\n\n## Statut\n\n2020-04-09 proposed\n').status, 'proposed');
    assert.equal(read('# X\n\n* Statut : accepté\n* Décideurs : Gabriel, Jordan\n').status, 'accepted');
    assert.deepEqual(read('* Statut : accepté\n* Décideurs : Gabriel, Jordan\n').deciders, ['Gabriel', 'Jordan']);
    const setext = read(
      '2: Using Machinist\n==================\n\nDate: 2019-03-22\n\nStatus\n------\n\nSuperseded by [ADR 0015](0015-factory-bot.md)\n',
      'decisions/0002-using-machinist.md',
    );
    assert.deepEqual(
      [setext.title, setext.number, setext.status, setext.supersededBy],
      ['Using Machinist', 2, 'superseded', 'decisions/0015-factory-bot.md'],
    );
  });

  it('takes the number from the file name when the heading disagrees, else from the heading', () => {
    assert.deepEqual(
      [read('# 29 Kubernetes auditing\n', 'adr/030-aws-root.md').number, read('# 29 Kubernetes auditing\n', 'adr/030-aws-root.md').title],
      [30, 'Kubernetes auditing'],
    );
    assert.equal(read('# ADR-7: Use X\n', 'adr/use-x.md').number, 7);
    assert.equal(read('# ADR-7: Use X\n', 'adr/use-x.md').title, 'Use X');
    assert.equal(read('# 2020 roadmap\n', 'adr/roadmap.md').title, '2020 roadmap');
    assert.equal(read('# X\n', 'adr/adr-012-x.md').number, 12);
    assert.equal(read('# X\n', 'adr/2026-01-05-x.md').number, null);
  });

  it('reads dates written day first, with month names, or without a colon', () => {
    const date = (line: string) => read(`# 1. X\n\n${line}\n`).date?.toISOString().slice(0, 10);
    assert.equal(date('Date: 05/02/2018'), '2018-02-05');
    assert.equal(date('Date: 04/23/2018'), '2018-04-23');
    assert.equal(date('Date: 10/04/18'), '2018-04-10');
    assert.equal(date('Date 09/04/2018'), '2018-04-09');
    assert.equal(date('* Date: 2020-Nov-09'), '2020-11-09');
    assert.equal(date('Date: 9 November 2020'), '2020-11-09');
    assert.equal(date('Date: 2020-06-03, updated 2021-01-01'), '2020-06-03');
  });

  it('reports an unknown status, a missing one, and a date it cannot read, with their lines', () => {
    assert.deepEqual(
      read('# 12. X\n\n## Status\n\nBanana\n').problems.map((p) => [p.code, p.severity, p.line]),
      [['unknown-status', 'warning', 4]],
    );
    assert.deepEqual(
      read('# 12. X\n\nSome text.\n').problems.map((p) => [p.code, p.severity, p.line]),
      [['unknown-status', 'info', 0]],
    );
    assert.deepEqual(
      read('# 12. X\n\nDate: soon\n\n## Status\n\nAccepted\n').problems.map((p) => [p.code, p.line]),
      [['invalid-date', 2]],
    );
  });

  it('still reads front matter that YAML refuses, and reports it with its position', () => {
    const r = read('---\nstatus: "accepted"\ndate: 2025-07-22\ndeciders: @ahouseholer @sei\n---\n# Use namespaces\n');
    assert.equal(r.status, 'accepted');
    assert.equal(r.date?.toISOString().slice(0, 10), '2025-07-22');
    assert.deepEqual(
      r.problems.map((p) => [p.code, p.line]),
      [['invalid-front-matter', 3]],
    );
  });

  it('takes the owner, the deciders and the title from front matter that YAML refuses', () => {
    const r = read('---\nstatus: proposed\ntitle: Use namespaces\nowner: alice\ndeciders: @alice, @bruno\nnote: [unclosed\n---\nBody.\n');
    assert.deepEqual(
      r.problems.map((p) => p.code),
      ['invalid-front-matter'],
    );
    assert.deepEqual([r.title, r.owner, r.deciders], ['Use namespaces', 'alice', ['alice', 'bruno']]);
  });

  it('never throws or hangs: random text, broken front matter, alias bombs, huge and binary files', () => {
    const ctx = { config, now: SAMPLE_NOW, zone: 'UTC', records: [], exists: () => false };
    fc.assert(
      fc.property(
        fc.constantFrom('', '---\n', '---\nstatus: [\n', '---\nstatus: proposed\ndate: 2026-02-30\n---\n', '# 1. X\n\n## Status\n\n'),
        fc.string({ maxLength: 500 }),
        (head, body) => {
          const r = read(head + body);
          assert.ok(r.status.length > 0);
          assert.ok(Array.isArray(checkRecord(r, ctx, head + body)));
        },
      ),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        assert.ok(read(new TextDecoder().decode(bytes)).title.length > 0);
      }),
    );
    const bomb = [
      '---',
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghij'
        .split('')
        .map((k, i) => `${k}: &${k} [*${'abcdefghij'[i]},*${'abcdefghij'[i]},*${'abcdefghij'[i]},*${'abcdefghij'[i]}]`),
      'status: accepted',
      '---',
      '# Bomb',
    ].join('\n');
    assert.equal(read(bomb).problems[0].code, 'invalid-front-matter');
    const huge = read(`# 12. Huge\n\n## Status\n\nAccepted\n\n${'lorem ipsum '.repeat(450_000)}`);
    assert.deepEqual([huge.status, huge.problems.map((p) => p.code)], ['accepted', ['invalid-front-matter']]);
    assert.ok(MAX_RECORD_CHARS < 5_400_000);
    const binary = read('# 1. X\u0000\u0001\u0002');
    assert.deepEqual([binary.status, binary.problems[0].message], ['unknown', 'This file is binary, not Markdown.']);
  });
});

describe('decision checks', () => {
  const ctxFor = (records: ReturnType<typeof read>[]) => ({
    config,
    now: SAMPLE_NOW,
    zone: 'UTC',
    records,
    exists: (p: string) => p === 'docs/adr/0001-a.md',
  });

  it('asks a proposed decision for exactly one owner, with a quick fix in its own format', () => {
    const text = '# 12. Use a queue\n\nDate: 2026-11-20\n\n## Status\n\nProposed\n';
    const r = read(text);
    const [p] = checkRecord(r, ctxFor([r]), text);
    assert.deepEqual(
      [p.code, p.fixes?.[0].title, p.fixes?.[0].edit],
      ['missing-owner', 'Make @alice the owner (Europe/Paris)', { line: 3, column: 0, endLine: 3, endColumn: 0, text: 'Owner: alice\n' }],
    );
    assert.deepEqual(checkRecord(read('# 12. X\n\n## Status\n\nAccepted\n'), ctxFor([])), []);
  });

  it('finds duplicate numbers in the same folder only', () => {
    const a = read('# 1. A\n\n## Status\n\nAccepted\n', 'docs/adr/0001-a.md');
    const b = read('# 1. B\n\n## Status\n\nAccepted\n', 'docs/adr/0001-b.md');
    const c = read('# 1. C\n\n## Status\n\nAccepted\n', 'services/x/docs/adr/0001-c.md');
    const ctx = ctxFor([a, b, c]);
    assert.deepEqual(
      checkRecord(a, ctx).map((p) => [p.code, p.message]),
      [['duplicate-number', 'Decision number 1 is also used by 0001-b.md; give one of them the next free number.']],
    );
    assert.deepEqual(checkRecord(c, ctx), []);
  });

  it('flags a decision taken before its comment window closed', () => {
    const early = read('---\nstatus: accepted\nowner: alice\ncomments-until: 2026-11-27T12:00:00Z\n---\n# X\n');
    const [p] = checkRecord(early, ctxFor([]));
    assert.deepEqual(
      [p.code, p.line, p.message],
      [
        'decided-early',
        1,
        'Accepted while the comment window is still open: it closes in 2d, Fri 27 Nov, 12:00 (Fri 27 Nov, 13:00 in Europe/Paris). People who were not in the room can still comment.',
      ],
    );
    const after = read('---\nstatus: accepted\ncomments-until: 2026-11-20\n---\n# X\n');
    assert.deepEqual(checkRecord(after, ctxFor([])), []);
  });

  it('reports links to missing records', () => {
    const r = read('# 2. B\n\n## Status\n\nSuperseded by [3. C](0003-c.md)\n\nSee [1. A](0001-a.md).\n', 'docs/adr/0002-b.md');
    assert.deepEqual(
      checkRecord(r, ctxFor([r])).map((p) => [p.code, p.line]),
      [['broken-link', 4]],
    );
  });
});

describe('a status line of any length', () => {
  it('is read from its first words, and what stands past its first thousand characters is not a status', () => {
    assert.equal(normaliseDecisionStatus(`Accepted ${'because '.repeat(10_000)}`), 'accepted');
    assert.equal(normaliseDecisionStatus(`${'x '.repeat(600)}accepted`), 'unknown');
  });
});

describe('other decision processes and templates', () => {
  it("maps the words of PEPs, EIPs, KEPs and RFC processes onto the decision's statuses", () => {
    const cases: [string, string][] = [
      ['Final', 'accepted'],
      ['Living', 'accepted'],
      ['Active', 'accepted'],
      ['implementable', 'accepted'],
      ['Ready for Implementation', 'accepted'],
      ['Implementation in Progress', 'accepted'],
      ['merged', 'accepted'],
      ['Last Call', 'proposed'],
      ['Final comment period', 'proposed'],
      ['provisional', 'proposed'],
      ['Review', 'proposed'],
      ['Idea', 'draft'],
      ['Withdrawn', 'rejected'],
      ['replaced', 'superseded'],
      ['closed', 'rejected'],
      ['postponed', 'unknown'],
      ['Stagnant', 'unknown'],
      ['Deferred', 'unknown'],
    ];
    for (const [raw, status] of cases) assert.equal(normaliseDecisionStatus(raw), status, raw);
  });

  it("reads a template's list of options with none chosen as no status, and a chosen one before the list as chosen", () => {
    assert.equal(normaliseDecisionStatus('{Draft, In Review, Ready for Implementation, Implemented}'), 'unknown');
    assert.equal(normaliseDecisionStatus('[accepted | deprecated | superseded]'), 'unknown');
    assert.equal(normaliseDecisionStatus('In Review {Draft, In Review, Ready for Implementation, Implemented}'), 'proposed');
    assert.equal(normaliseDecisionStatus('[Accepted]'), 'accepted');
    assert.equal(normaliseDecisionStatus('[accepted | deprecated | superseded by [xxx](yyyymmdd-xxx.md)] <!-- optional -->'), 'unknown');
    assert.equal(normaliseDecisionStatus('Accepted or Rejected'), 'unknown');
    assert.equal(normaliseDecisionStatus('Proposed | Accepted | Rejected'), 'unknown');
    // A status with more to say is a status, not a list of options.
    assert.equal(normaliseDecisionStatus('Accepted | 2020-01-02'), 'accepted');
    assert.equal(normaliseDecisionStatus('Accepted or Rejected by the team lead after review'), 'accepted');
    assert.equal(normaliseDecisionStatus('accepted; supersedes ADR-0045'), 'accepted');
  });

  it('reads the status from a metadata table with a Status column', () => {
    const text =
      '| Status   | Date       | Author(s) |\n|:---------|:-----------|:----------|\n| Proposed | 2025-01-07 | @nscuro   |\n\n## Context\n\nA table later on: | Status |\n';
    const r = parseDecision(readDocument(text, 'docs/adr/001-drop-kafka.md'), parseConfig('').config);
    assert.deepEqual([r.status, r.statusRaw, r.statusAt], ['proposed', 'Proposed', { line: 2, column: 2, endColumn: 10 }]);
  });
});

describe('titles and numbers as a careful reader takes them', () => {
  const read = (path: string, text: string) => {
    const r = parseDecision(readDocument(text, path), parseConfig('').config);
    return [r.title, r.number];
  };

  it('never takes a section heading for the title: without a title heading the file name is read', () => {
    assert.deepEqual(
      read('docs/adr/001-drop-kafka-dependency.md', '| Status |\n|---|\n| Proposed |\n\n## Context\n\n### How Kafka is used\n'),
      ['Drop kafka dependency', 1],
    );
    assert.deepEqual(read('docs/adr/0002-x.md', '# Context\n\nText.\n\n# Use Redis\n'), ['Use Redis', 2]);
  });

  it('drops a heading id and a proposal code, and takes a title underlined as level 2', () => {
    assert.deepEqual(read('docs/adr/0003-tarball.md', '# 3) Tarball contents {#adr_0003}\n'), ['Tarball contents', 3]);
    assert.deepEqual(read('A36-xds-for-servers.md', 'A36: xDS-Enabled Servers\n----\n* Status: Final\n'), ['xDS-Enabled Servers', 36]);
  });

  it('strips number prefixes in every common shape, and reads italic Status: fields', () => {
    for (const heading of ['12. Use X', 'ADR 12: Use X', 'ADR-012 - Use X', 'ADR012: Use X', '[ADR-12] Use X', '#12 Use X']) {
      assert.deepEqual(read('docs/adr/use-x.md', `# ${heading}\n`), ['Use X', 12], heading);
    }
    for (const field of ['*Status*: Accepted', '_Status:_ Accepted', '**Status:** Accepted']) {
      assert.equal(
        parseDecision(readDocument(`# 1. X\n\n${field}\n`, 'docs/adr/0001-x.md'), parseConfig('').config).status,
        'accepted',
        field,
      );
    }
  });

  it('reads numbers glued to a code in the file name, and not the digit of a word', () => {
    assert.deepEqual(read('ADR/ADR028-use-notify.md', '# ADR029: Use GOV.UK Notify\n'), ['Use GOV.UK Notify', 28]);
    assert.deepEqual(read('docs/adr/adr012-x.md', '# X\n'), ['X', 12]);
    assert.deepEqual(read('docs/adr/s3-bucket-policy.md', '# S3 bucket policy\n'), ['S3 bucket policy', null]);
  });
});

describe('statuses written in other languages', () => {
  it('reads the status words of German, Spanish, Portuguese, Italian and Dutch records', () => {
    const cases: [string, string][] = [
      ['Akzeptiert', 'accepted'],
      ['Angenommen', 'accepted'],
      ['Abgelehnt', 'rejected'],
      ['Vorgeschlagen', 'proposed'],
      ['Entwurf', 'draft'],
      ['Veraltet', 'deprecated'],
      ['Ersetzt durch ADR 7', 'superseded'],
      ['Aceptado', 'accepted'],
      ['Aprobada', 'accepted'],
      ['Rechazado', 'rejected'],
      ['Propuesto', 'proposed'],
      ['Borrador', 'draft'],
      ['Obsoleto', 'deprecated'],
      ['Reemplazado por ADR 7', 'superseded'],
      ['Aceito', 'accepted'],
      ['Aprovado', 'accepted'],
      ['Rejeitado', 'rejected'],
      ['Proposto', 'proposed'],
      ['Rascunho', 'draft'],
      ['Substituído por ADR 7', 'superseded'],
      ['Accettato', 'accepted'],
      ['Approvato', 'accepted'],
      ['Rifiutato', 'rejected'],
      ['Bozza', 'draft'],
      ['Sostituito da ADR 7', 'superseded'],
      ['Geaccepteerd', 'accepted'],
      ['Goedgekeurd', 'accepted'],
      ['Afgewezen', 'rejected'],
      ['Voorgesteld', 'proposed'],
      ['Concept', 'draft'],
      ['Verouderd', 'deprecated'],
      ['Vervangen door ADR 7', 'superseded'],
    ];
    for (const [raw, status] of cases) assert.equal(normaliseDecisionStatus(raw), status, raw);
  });

  it('finds the status under the keys and headings of those languages', () => {
    const read = (text: string) => parseDecision(readDocument(text, 'docs/adr/0001-x.md'), parseConfig('').config).status;
    assert.equal(read('# 1. X\n\n## Estado\n\nAceptado\n'), 'accepted');
    assert.equal(read('# 1. X\n\n* Stato: Approvato\n'), 'accepted');
    assert.equal(read('---\nestado: aprovado\n---\n# X\n'), 'accepted');
    assert.equal(read('# 1. X\n\n## Status\n\nAbgelehnt\n'), 'rejected');
  });
});

describe('the date of a record without a date field', () => {
  const date = (text: string) =>
    parseDecision(readDocument(text, 'docs/adr/0001-x.md'), parseConfig('').config).date?.toISOString().slice(0, 10) ?? null;

  it('takes when it was created, submitted or last updated, in front matter, a field or a metadata table', () => {
    assert.equal(date('---\neip: 155\nstatus: Final\ncreated: 2016-10-14\n---\n# X\n'), '2016-10-14');
    assert.equal(date('X\n===\n* Status: Approved\n* Last updated: 2018-03-01\n'), '2018-03-01');
    assert.equal(date('# 4) X\n\nDate of submission: 2019-06-21\n\nLast updated: 2019-07-04\n'), '2019-06-21');
    assert.equal(date('| Status   | Date       |\n|:---|:---|\n| Proposed | 2025-01-07 |\n'), '2025-01-07');
    // A date field wins over them.
    assert.equal(date('# X\n\nDate: 2020-01-02\nLast updated: 2021-05-06\n'), '2020-01-02');
  });
});

describe('what a careful reader takes from the rest of a record', () => {
  const read = (path: string, text: string) => {
    const r = parseDecision(readDocument(text, path), parseConfig('').config);
    return { status: r.status, title: r.title, number: r.number, date: r.date?.toISOString().slice(0, 10) ?? null };
  };

  it('reads TBD as no status: a template left unfilled', () => {
    assert.equal(read('docs/adr/0001-x.md', '# 1. X\n\n## Status\n\nTBD\n').status, 'unknown');
  });

  it('takes the newest entry of a status history in front matter, and the status of a mapping', () => {
    assert.equal(read('docs/adr/0001-x.md', '---\nstatus:\n  - proposed\n  - accepted\n---\n# X\n').status, 'accepted');
    assert.equal(
      read(
        'docs/adr/0001-x.md',
        '---\nstatus:\n  - {status: accepted, date: 2020-02-01}\n  - {status: proposed, date: 2020-01-01}\n---\n# X\n',
      ).status,
      'accepted',
    );
    assert.equal(read('docs/adr/0001-x.md', '---\nstatus:\n  value: rejected\n  date: 2020-02-01\n---\n# X\n').status, 'rejected');
  });

  it('takes a Title: field when no heading is the title, and the number front matter gives', () => {
    assert.deepEqual(read('docs/adr/use-kafka.md', '---\nid: ADR-012\nstatus: accepted\n---\n**Title:** Use Kafka\n\n## Context\n'), {
      status: 'accepted',
      title: 'Use Kafka',
      number: 12,
      date: null,
    });
  });

  it('reads month names in the languages it reads, and dates a status history by its newest status', () => {
    for (const written of [
      'June 19, 2018',
      '19 juin 2018',
      'mardi 19 juin 2018',
      '19. Juni 2018',
      '19 de junio de 2018',
      '19 de junho de 2018',
      '19 giugno 2018',
      '19 juni 2018',
    ]) {
      assert.equal(read('docs/adr/0001-x.md', `# 1. X\n\nDate: ${written}\n`).date, '2018-06-19', written);
    }
    assert.equal(read('docs/adr/0001-x.md', '# 1. X\n\nDatum: 3. März 2021\n').date, '2021-03-03');
    assert.equal(read('docs/adr/0001-x.md', '# 1. X\n\n## Status\n\n2018-01-02 proposed\n2018-03-04 accepted\n').date, '2018-03-04');
  });
});

describe('a file name and a title that disagree on the number', () => {
  it("takes the file name's number and warns on the title", () => {
    const r = parseDecision(readDocument('# 29. X\n\n## Status\n\nAccepted\n', 'docs/adr/0030-x.md'), config);
    assert.equal(r.number, 30);
    assert.deepEqual(
      r.problems.map((p) => [p.code, p.severity, p.line, p.message]),
      [['number-mismatch', 'warning', 0, "The file name says 30 and the title says 29; the file name's number is used."]],
    );
    assert.deepEqual(parseDecision(readDocument('# 29. X\n\n## Status\n\nAccepted\n', 'docs/adr/0029-x.md'), config).problems, []);
  });
});
