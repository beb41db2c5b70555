import * as assert from 'node:assert/strict';
import { parseConfig } from '../../../../src/core/team/config';
import { parseDecision } from '../../../../src/core/decisions/parse';
import { readDocument } from '../../../../src/core/records/document';
import {
  addSupersedesEdit,
  relativeLink,
  setDecisionFieldEdit,
  setDecisionStatusEdits,
  statusEditRefusal,
} from '../../../../src/core/decisions/edits';
import { commentWindow, decisionContextValue, decisionDescription, groupDecisions } from '../../../../src/core/decisions/groups';
import { folderFormat, newDecisionPath, newDecisionText, nextDecisionNumber } from '../../../../src/core/decisions/newDecision';
import { checkRecord } from '../../../../src/core/checks/checkRecord';
import { scan } from '../../../../src/node/scan';
import { applyEdits, SAMPLE_NOW, SAMPLE_REPO } from '../../../support/helpers';
import { ROOT } from '../../../support/paths';

const config = parseConfig('comment-period: 7d\nteam:\n  - handle: alice\n    timezone: Europe/Paris\n').config;
const read = (text: string, path = 'docs/adr/0012-x.md') => parseDecision(readDocument(text, path), config);
const NYGARD = '# 12. Use a queue\n\nDate: 2026-11-20\n\n## Status\n\nProposed\n\n## Context\n\nx\n';
const MADR2 = '# Use a queue\n\n* Status: proposed\n* Deciders: alice\n* Date: 2026-11-20\n\n## Context and Problem Statement\n';
const LOG4BRAINS = '# Use a queue\n\n- Status: Proposed\n- Date: 2026-11-20\n\n## Context and Problem Statement\n';
const MADR = '---\nstatus: proposed\ndate: 2026-11-20\n---\n\n# Use a queue\n';

describe('editing decisions in their own format', () => {
  it('sets the status where and how it is written', () => {
    assert.equal(applyEdits(NYGARD, setDecisionStatusEdits(NYGARD, 'accepted')), NYGARD.replace('Proposed', 'Accepted'));
    assert.equal(applyEdits(MADR2, setDecisionStatusEdits(MADR2, 'rejected')), MADR2.replace('* Status: proposed', '* Status: rejected'));
    assert.equal(applyEdits(LOG4BRAINS, setDecisionStatusEdits(LOG4BRAINS, 'accepted')), LOG4BRAINS.replace('Proposed', 'Accepted'));
    assert.equal(applyEdits(MADR, setDecisionStatusEdits(MADR, 'accepted')), MADR.replace('status: proposed', 'status: accepted'));
    const loud = '# 1. X\n\n## Status\n\nPROPOSED\n';
    assert.equal(applyEdits(loud, setDecisionStatusEdits(loud, 'accepted')), '# 1. X\n\n## Status\n\nACCEPTED\n');
  });

  it('accepts a record whose status is written twice by changing the one that is read', () => {
    const text = '---\nstatus: proposed\ndate: 2026-11-20\nstatus: draft\n---\n\n# Use a queue\n';
    const before = read(text);
    assert.equal(before.status, 'draft');
    assert.deepEqual(
      before.problems.map((p) => [p.code, p.severity, p.line]),
      [['duplicate-key', 'error', 1]],
    );
    assert.deepEqual(before.statusAt, { line: 3, column: 8, endColumn: 13 });
    const accepted = applyEdits(text, setDecisionStatusEdits(text, 'accepted'));
    assert.equal(read(accepted).status, 'accepted');
    assert.equal(accepted, text.replace('status: draft', 'status: accepted'));
  });

  it('adds a ## Status section to a record that has none', () => {
    const text = '# 3. X\n\nDate: 2026-01-01\n\n## Context\n';
    const after = applyEdits(text, setDecisionStatusEdits(text, 'accepted'));
    assert.equal(read(after).status, 'accepted');
    assert.ok(after.includes('Date: 2026-01-01\n\n## Status\n\nAccepted\n'), after);
  });

  it('names the successor of a superseded record, and the replaced one in the successor', () => {
    const link = { text: '13. Use Kafka', target: '0013-use-kafka.md' };
    const nygard = applyEdits(NYGARD, setDecisionStatusEdits(NYGARD, 'superseded', link));
    assert.ok(nygard.includes('## Status\n\nSuperseded by [13. Use Kafka](0013-use-kafka.md)\n'), nygard);
    assert.equal(read(nygard).supersededBy, 'docs/adr/0013-use-kafka.md');
    const madr = applyEdits(MADR, setDecisionStatusEdits(MADR, 'superseded', link));
    assert.deepEqual([read(madr).status, read(madr).supersededBy], ['superseded', 'docs/adr/0013-use-kafka.md']);
    const madr2 = applyEdits(MADR2, setDecisionStatusEdits(MADR2, 'superseded', link));
    assert.ok(madr2.includes('* Status: superseded by [13. Use Kafka](0013-use-kafka.md)\n'), madr2);

    const replaced = { text: '12. Use a queue', target: '0012-x.md' };
    const successor = '# 13. Use Kafka\n\nDate: 2026-11-25\n\n## Status\n\nAccepted\n\n## Context\n';
    const withLine = applyEdits(successor, [addSupersedesEdit(successor, replaced)]);
    assert.ok(withLine.includes('## Status\n\nAccepted\n\nSupersedes [12. Use a queue](0012-x.md)\n'), withLine);
    assert.deepEqual(read(withLine, 'docs/adr/0013-use-kafka.md').supersedes, ['docs/adr/0012-x.md']);
    const fm = applyEdits(MADR, [addSupersedesEdit(MADR, replaced)]);
    assert.deepEqual(read(fm).supersedes, ['docs/adr/0012-x.md']);
    const bullets = applyEdits(MADR2, [addSupersedesEdit(MADR2, replaced)]);
    assert.ok(bullets.includes('* Status: proposed\n* Supersedes: [12. Use a queue](0012-x.md)\n'), bullets);
  });

  it('links to file names with spaces, parentheses and commas so that the links read back', () => {
    const odd = ['0013 use kafka.md', '0013-use-kafka-(v2).md', '0013-a, b.md', 'x and y.md', '0013 (a) b.md'];
    for (const target of odd) {
      const path = `docs/adr/${target}`;
      const link = { text: '13. Use Kafka', target };
      for (const text of [NYGARD, MADR2, LOG4BRAINS, MADR]) {
        const superseded = applyEdits(text, setDecisionStatusEdits(text, 'superseded', link));
        assert.deepEqual([read(superseded).status, read(superseded).supersededBy], ['superseded', path], superseded);
        const successor = applyEdits(text, [addSupersedesEdit(text, link)]);
        assert.deepEqual(read(successor).supersedes, [path], successor);
      }
      const listed = applyEdits(MADR, [addSupersedesEdit(MADR, { text: '9. Other', target: '0009-other.md' })]);
      assert.deepEqual(read(applyEdits(listed, [addSupersedesEdit(listed, link)])).supersedes, ['docs/adr/0009-other.md', path]);
    }
  });

  it('sets fields as front-matter keys, existing lines or new lines in the style of the header', () => {
    const nygard = applyEdits(NYGARD, [setDecisionFieldEdit(NYGARD, 'comments-until', '2026-12-04')]);
    assert.ok(nygard.startsWith('# 12. Use a queue\n\nDate: 2026-11-20\nComments until: 2026-12-04\n\n## Status'), nygard);
    assert.equal(read(nygard).commentsUntilWritten, true);
    const again = applyEdits(nygard, [setDecisionFieldEdit(nygard, 'comments-until', '2026-12-08')]);
    assert.ok(again.includes('Comments until: 2026-12-08\n') && !again.includes('2026-12-04'), again);
    const madr2 = applyEdits(MADR2, [setDecisionFieldEdit(MADR2, 'owner', 'alice')]);
    assert.ok(madr2.includes('* Date: 2026-11-20\n* Owner: alice\n'), madr2);
    const madr = applyEdits(MADR, [setDecisionFieldEdit(MADR, 'comments-until', '2026-12-04')]);
    assert.ok(madr.startsWith('---\nstatus: proposed\ndate: 2026-11-20\ncomments-until: 2026-12-04\n---\n'), madr);
    const bare = '# X\n\nSome text.\n';
    assert.equal(applyEdits(bare, [setDecisionFieldEdit(bare, 'owner', 'alice')]), '# X\n\nOwner: alice\n\nSome text.\n');
  });

  it('links records relative to each other', () => {
    assert.equal(relativeLink('docs/adr/0003-a.md', 'docs/adr/0005-b.md'), '0005-b.md');
    assert.equal(relativeLink('services/x/docs/adr/0001-a.md', 'docs/adr/0002-b.md'), '../../../../docs/adr/0002-b.md');
  });
});

describe('the Decisions view groups', () => {
  it('puts open windows first with a countdown, then ready to decide, drafts and the settled ones', async () => {
    const { index, config: c } = await scan(SAMPLE_REPO);
    const entries = index.records().flatMap((r) => (r.type === 'decision' ? [{ item: r.path, record: r, config: c.config }] : []));
    const groups = groupDecisions(entries, SAMPLE_NOW);
    const view = Object.fromEntries(
      groups.map((g) => [g.id, g.rows.map((r) => `${r.record.title} | ${decisionDescription(r, SAMPLE_NOW)}`)]),
    );
    assert.deepEqual(view['open-for-comments'], [
      'Adopt trunk-based development | #6 · closes in 2d · @alice',
      'Number invoices per country | #2 · closes in 5d · @chen',
    ]);
    assert.deepEqual(view['ready-to-decide'], ['Retire the legacy queue | #7 · closed 7d ago · @bruno']);
    assert.deepEqual(view.drafts, ['Retry failed webhooks | #3 · 2026-11-24 · @chen']);
    assert.equal(view.accepted.length, 4);
    assert.deepEqual([view.rejected.length, view.superseded.length, view.deprecated.length, view['no-status'].length], [1, 1, 1, 0]);
    assert.deepEqual(
      groups.filter((g) => g.collapsed).map((g) => g.id),
      ['accepted', 'rejected', 'superseded', 'deprecated', 'no-status'],
    );
  });

  it('gives rows the context values the package.json menus match', async () => {
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { menus: Record<string, { command: string; when: string }[]> };
    };
    const commandsFor = (value: string) =>
      [
        ...new Set(
          pkg.contributes.menus['view/item/context']
            .filter(
              (m) =>
                m.when.includes('view == asyncWork.decisions') &&
                [...m.when.matchAll(/viewItem =~ \/(.+?)\/(?: |$)/g)].every((r) => new RegExp(r[1]).test(value)),
            )
            .map((m) => m.command),
        ),
      ].sort();
    const open = read(MADR.replace('date: 2026-11-20', 'date: 2026-11-24'));
    assert.equal(commentWindow(open, SAMPLE_NOW), 'open');
    assert.equal(decisionContextValue(open, SAMPLE_NOW), 'record:decision:proposed:open');
    assert.deepEqual(commandsFor(decisionContextValue(open, SAMPLE_NOW)), [
      'asyncWork.acceptDecision',
      'asyncWork.copyLink',
      'asyncWork.extendCommentPeriod',
      'asyncWork.rejectDecision',
    ]);
    const accepted = read('# 1. X\n\n## Status\n\nAccepted\n');
    assert.deepEqual(commandsFor(decisionContextValue(accepted, SAMPLE_NOW)), [
      'asyncWork.copyLink',
      'asyncWork.deprecateDecision',
      'asyncWork.supersedeDecision',
    ]);
    const superseded = read('# 1. X\n\n## Status\n\nSuperseded by [2. Y](0002-y.md)\n');
    assert.deepEqual(commandsFor(decisionContextValue(superseded, SAMPLE_NOW)), ['asyncWork.copyLink']);
  });
});

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
      assert.deepEqual(checkRecord(r, { config, now: SAMPLE_NOW, records: [r], exists: () => true }), [], fmt);
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

describe('editing a status written in a metadata table', () => {
  const TABLE = '| Status   | Date       |\n|:---------|:-----------|\n| Proposed | 2025-01-07 |\n\n## Context\n\nWhy.\n';

  it('changes the cell and nothing else', () => {
    assert.equal(applyEdits(TABLE, setDecisionStatusEdits(TABLE, 'accepted')), TABLE.replace('| Proposed |', '| Accepted |'));
  });

  it('names what it replaces below the table, not inside it', () => {
    const after = applyEdits(TABLE, [addSupersedesEdit(TABLE, { text: '2. Use Kafka', target: '002-use-kafka.md' })]);
    assert.equal(after, TABLE.replace('| 2025-01-07 |\n', '| 2025-01-07 |\n\nSupersedes [2. Use Kafka](002-use-kafka.md)\n'));
    assert.equal(parseDecision(readDocument(after, 'docs/adr/003-x.md'), config).status, 'proposed');
  });
});

describe('a status history in front matter', () => {
  it('is never written over: the edit is refused with where and why', () => {
    const history = '---\nstatus:\n  - proposed\n  - accepted\n---\n# X\n';
    assert.match(statusEditRefusal(history) ?? '', /^line 2: the status is a history of statuses; add the new status to it by hand/);
    assert.match(statusEditRefusal('---\nstatus:\n  value: accepted\n---\n# X\n') ?? '', /a mapping/);
    assert.equal(statusEditRefusal('---\nstatus: proposed\n---\n# X\n'), null);
    assert.equal(statusEditRefusal('# 1. X\n\n## Status\n\nProposed\n'), null);
  });
});
