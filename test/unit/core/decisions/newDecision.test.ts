import { readDocument } from '../../../../src/core/records/document';
import * as assert from 'node:assert/strict';
import { parseConfig } from '../../../../src/core/team/config';
import { parseDecision } from '../../../../src/core/decisions/parse';
import { folderFormat, newDecisionPath, newDecisionText, nextDecisionNumber } from '../../../../src/core/decisions/newDecision';
import { checkRecord } from '../../../../src/core/checks/checkRecord';
import { scan } from '../../../../src/node/scan';
import { SAMPLE_NOW, SAMPLE_REPO } from '../../../support/helpers';

const config = parseConfig('comment-period: 7d\nteam:\n  - handle: alice\n    timezone: Europe/Paris\n').config;
const read = (text: string, path = 'docs/adr/0012-x.md') => parseDecision(readDocument(text, path), config);

describe('new decisions', () => {
  it('takes the next number, the folder name width and a slug, or a date id', () => {
    const existing = ['# 1. A\n', '# 2. B\n'].map((t, i) => read(t, `doc/adr/00${i + 1}-x.md`));
    assert.equal(nextDecisionNumber(existing), 3);
    assert.equal(nextDecisionNumber([]), 1);
    const taken = new Set(['doc/adr/003-use-kafka.md']);
    assert.equal(
      newDecisionPath('doc/adr', { title: 'Use Kafka', owner: 'alice', number: 3 }, SAMPLE_NOW, 'UTC', ['001-x.md'], (p) => taken.has(p)),
      'doc/adr/003-use-kafka-2.md',
    );
    assert.equal(
      newDecisionPath('docs/decisions/', { title: 'Use Kafka!', owner: 'alice', number: 7 }, SAMPLE_NOW, 'UTC', [], () => false),
      'docs/decisions/0007-use-kafka.md',
    );
    assert.equal(
      newDecisionPath(
        'docs/decisions',
        { title: 'Use Kafka', owner: 'alice', number: null },
        new Date('2026-11-25T23:30:00Z'),
        'Europe/Paris',
        [],
        () => false,
      ),
      'docs/decisions/20261126-use-kafka.md',
    );
  });

  it('writes each format as a proposed decision with owner and comment window, which reads back the same', () => {
    for (const fmt of ['nygard', 'madr2', 'log4brains', 'madr'] as const) {
      const text = newDecisionText({ title: 'Use Kafka', owner: 'alice', number: 13 }, SAMPLE_NOW, config, fmt, null);
      const r = read(text, 'docs/adr/0013-use-kafka.md');
      assert.deepEqual(
        [r.format, r.status, r.title, r.owner, r.commentsUntilWritten, r.commentsUntil?.toISOString(), r.date?.toISOString()],
        [fmt, 'proposed', 'Use Kafka', 'alice', true, '2026-12-02T22:59:59.999Z', '2026-11-25T22:59:59.999Z'],
        fmt,
      );
      assert.deepEqual(checkRecord(r, { config, now: SAMPLE_NOW, zone: 'UTC', records: [r], exists: () => true }), [], fmt);
    }
    assert.ok(
      newDecisionText({ title: 'Use Kafka', owner: 'alice', number: 13 }, SAMPLE_NOW, config, 'nygard', null).startsWith(
        '# 13. Use Kafka\n',
      ),
    );
  });

  it('writes owners that YAML would read as numbers, booleans or null as the handle typed', () => {
    for (const owner of ['1234', 'null', 'True', '007', '0x1F']) {
      const madr = read(
        newDecisionText({ title: 'Use Kafka', owner, number: 13 }, SAMPLE_NOW, config, 'madr', null),
        'docs/adr/0013-use-kafka.md',
      );
      assert.deepEqual([madr.owner, madr.deciders, madr.problems], [owner, [owner], []], owner);
      const template = '---\ntitle: {{title}}\nowner: {{owner}}\n---\n\n## Context\n';
      const filled = read(newDecisionText({ title: 'No', owner, number: 13 }, SAMPLE_NOW, config, 'madr', template), 'docs/adr/0013-no.md');
      assert.deepEqual([filled.title, filled.owner, filled.status, filled.problems], ['No', owner, 'proposed', []], owner);
    }
  });

  it('fills a team template and adds what it does not write', () => {
    const template = '# {{number}}. {{title}}\n\nDate: {{date}}\n\n## Context\n\n## Decision\n';
    const text = newDecisionText({ title: 'Use Kafka', owner: 'alice', number: 13 }, SAMPLE_NOW, config, 'madr', template);
    const r = read(text, 'docs/adr/0013-use-kafka.md');
    assert.deepEqual([r.title, r.status, r.owner, r.commentsUntilWritten], ['Use Kafka', 'proposed', 'alice', true]);
    assert.ok(text.startsWith('# 13. Use Kafka\n\nDate: 2026-11-25\nOwner: alice\nComments until: 2026-12-02\n'), text);
  });

  it("keeps the folder's format", async () => {
    const { index } = await scan(SAMPLE_REPO);
    const decisions = index.records().filter((r): r is ReturnType<typeof read> => r.type === 'decision');
    assert.equal(folderFormat(decisions.filter((r) => r.path.startsWith('docs/adr/'))), 'nygard');
    assert.equal(folderFormat([]), 'madr');
  });
});
