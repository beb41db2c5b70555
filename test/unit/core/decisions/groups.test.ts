import { readDocument } from '../../../../src/core/records/document';
import * as assert from 'node:assert/strict';
import { parseConfig } from '../../../../src/core/team/config';
import { parseDecision } from '../../../../src/core/decisions/parse';
import { commentWindow, decisionContextValue, decisionDescription, groupDecisions } from '../../../../src/core/decisions/groups';
import { scan } from '../../../../src/node/scan';
import { SAMPLE_NOW, SAMPLE_REPO } from '../../../support/helpers';
import { ROOT } from '../../../support/paths';

const config = parseConfig('comment-period: 7d\nteam:\n  - handle: alice\n    timezone: Europe/Paris\n').config;
const read = (text: string, path = 'docs/adr/0012-x.md') => parseDecision(readDocument(text, path), config);
const MADR = '---\nstatus: proposed\ndate: 2026-11-20\n---\n\n# Use a queue\n';

describe('the Decisions view groups', () => {
  it('puts open windows first with a countdown, then ready to decide, drafts and the settled ones', async () => {
    const { index, config: c } = await scan(SAMPLE_REPO);
    const entries = index.records().flatMap((r) => (r.type === 'decision' ? [{ ref: r.path, record: r, config: c.config }] : []));
    const groups = groupDecisions(entries, SAMPLE_NOW);
    const view = Object.fromEntries(
      groups.map((g) => [g.id, g.rows.map((r) => `${r.record.title} | ${decisionDescription(r, SAMPLE_NOW)}`)]),
    );
    // The sample's decisions are in three folders: each row names its folder.
    assert.deepEqual(view['open-for-comments'], [
      'Adopt trunk-based development | #6 · closes in 2d · @alice · docs/adr',
      'Number invoices per country | #2 · closes in 5d · @chen · services/billing/docs/adr',
    ]);
    assert.deepEqual(view['ready-to-decide'], ['Retire the legacy queue | #7 · closed 7d ago · @bruno · docs/adr']);
    assert.deepEqual(view.drafts, ['Retry failed webhooks | #3 · 2026-11-24 · @chen · services/billing/docs/adr']);
    assert.equal(view.accepted.length, 4);
    assert.deepEqual([view.rejected.length, view.superseded.length, view.deprecated.length, view.unknown.length], [1, 1, 1, 0]);
    assert.deepEqual(
      groups.filter((g) => g.collapsed).map((g) => g.id),
      ['accepted', 'rejected', 'superseded', 'deprecated', 'unknown'],
    );
  });

  it('sorts settled decisions by folder, then number, and names the successor of a superseded one', async () => {
    const { index, config: c } = await scan(SAMPLE_REPO);
    const entries = index.records().flatMap((r) => (r.type === 'decision' ? [{ ref: r.path, record: r, config: c.config }] : []));
    // In an order the view must not keep.
    const groups = groupDecisions([...entries].reverse(), SAMPLE_NOW);
    const rows = (id: string) => groups.find((g) => g.id === id)!.rows.map((r) => decisionDescription(r, SAMPLE_NOW));
    assert.deepEqual(rows('accepted'), [
      '#1 · 2026-01-12 · docs/adr',
      '#2 · 2026-02-03 · docs/adr',
      '#5 · 2026-06-15 · docs/adr',
      '#1 · 2026-04-02 · services/billing/docs/adr',
    ]);
    assert.deepEqual(rows('superseded'), ['#3 · by #5 Expose a GraphQL API · docs/adr']);
    const graphql = groups.flatMap((g) => g.rows).find((r) => r.record.number === 5 && r.record.path.startsWith('docs/'))!;
    assert.deepEqual(
      graphql.replaced.map((d) => (typeof d === 'string' ? d : d.title)),
      ['Expose a REST API'],
    );
  });

  it('names no folder when every decision is in one, and the workspace folder when there are several', () => {
    const one = (path: string, root?: string) => ({ ref: path, record: read('# X\n\n## Status\n\nAccepted\n', path), config, root });
    const single = groupDecisions([one('docs/adr/0002-b.md'), one('docs/adr/0001-a.md')], SAMPLE_NOW);
    assert.deepEqual(
      single.find((g) => g.id === 'accepted')!.rows.map((r) => decisionDescription(r, SAMPLE_NOW)),
      ['#1', '#2'],
    );
    const roots = groupDecisions(
      [one('docs/adr/0001-a.md', 'sample-repo'), one('docs/adr/0002-b.md', 'platform-repo'), one('docs/adr/0001-c.md', 'platform-repo')],
      SAMPLE_NOW,
    );
    assert.deepEqual(
      roots.find((g) => g.id === 'accepted')!.rows.map((r) => decisionDescription(r, SAMPLE_NOW)),
      ['#1 · platform-repo/docs/adr', '#2 · platform-repo/docs/adr', '#1 · sample-repo/docs/adr'],
    );
  });

  it('says "by" and what the status names when the successor is no record it knows', () => {
    const row = groupDecisions(
      [{ ref: 'x', record: read('# 3. X\n\n## Status\n\nSuperseded by ADR 9\n', 'docs/adr/0003-x.md'), config }],
      SAMPLE_NOW,
    ).flatMap((g) => g.rows)[0];
    assert.equal(decisionDescription(row, SAMPLE_NOW), '#3 · by ADR 9');
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
