import * as assert from 'node:assert/strict';
import { parseConfig } from '../../../../src/core/team/config';
import { parseDecision } from '../../../../src/core/decisions/parse';
import { readDocument } from '../../../../src/core/records/document';
import { addSupersedesEdit, setDecisionFieldEdit, setDecisionStatusEdits, statusEditRefusal } from '../../../../src/core/decisions/edits';
import { applyEdits } from '../../../support/helpers';

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
