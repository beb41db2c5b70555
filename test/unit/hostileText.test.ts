import * as assert from 'node:assert/strict';
import { decisionDescription, decisionLabel, groupDecisions } from '../../src/core/decisions/groups';
import type { GithubItem } from '../../src/core/github/inbox';
import { groupPages, pageDescription, pageLabel } from '../../src/core/handbook/groups';
import { pageOwnership, pageZone } from '../../src/core/handbook/ownership';
import { parseRecord } from '../../src/core/records/parseRecord';
import { newReviewRequests, pageReminders, recordReminders } from '../../src/core/reminders/reminders';
import { defaultConfig } from '../../src/core/team/config';
import { groupRequests, type RecordInput } from '../../src/core/requests/groups';
import type { AsyncRecord, PageRecord } from '../../src/core/records/types';
import { scan } from '../../src/node/scan';
import { SAMPLE_NOW, SAMPLE_REPO } from '../support/helpers';

/** A title that, shown raw, opens a terminal from a notification, breaks the line and reorders it. */
const HOSTILE = 'Fix [click](command:workbench.action.terminal.new)\n<a href="command:x">\u001b[2J\u0007\u202eevil\u200b';
/** What is left of it: the words, on one line, with no link. */
const SHOWN = 'Fix [click] (command:workbench.action.terminal.new) <a href="command:x">[2Jevil';

const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)/i;
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

function assertShown(text: string, where: string): void {
  assert.ok(!NOTIFICATION_LINK.test(text), `${where} holds a link: ${text}`);
  assert.ok(!UNSAFE.test(text), `${where} holds a control character: ${JSON.stringify(text)}`);
}

const hours = (h: number) => new Date(SAMPLE_NOW.getTime() + h * 3_600_000);

async function hostileRecords(): Promise<{ key: string; record: AsyncRecord; config: RecordInput<string>['config'] }[]> {
  const { index, config } = await scan(SAMPLE_REPO);
  return index.records().map((r) => ({
    key: r.path,
    config: config.config,
    record: { ...r, title: HOSTILE, actions: r.actions.map((a) => ({ ...a, text: HOSTILE })) } as AsyncRecord,
  }));
}

const item = (category: GithubItem['category']): GithubItem => ({
  category,
  kind: 'pull-request',
  repo: 'acme/shop',
  number: 7,
  title: HOSTILE,
  url: 'https://github.com/acme/shop/pull/7',
  since: SAMPLE_NOW.toISOString(),
  author: 'bruno',
  reviewers: ['bruno\n::error::x', '[t](command:x)'],
});

describe('a hostile title, wherever it is shown', () => {
  it('is plain text in the reminders a notification shows', async () => {
    const records = await hostileRecords();
    const reminders = [
      ...recordReminders(records, 'alice', SAMPLE_NOW, hours(72)),
      ...newReviewRequests(new Set(), [item('review-requested')]),
    ];
    assert.deepEqual(reminders.map((r) => r.kind).sort(), ['decision-window-closed', 'request-overdue', 'review-request']);
    for (const r of reminders) {
      assertShown(r.message, r.kind);
      assert.ok(r.message.includes(SHOWN), r.message);
    }
  });

  it('is plain text in the labels and descriptions of the Requests view', async () => {
    // The answered and done requests were closed yesterday, so Recently closed shows them too.
    const yesterday = new Date(SAMPLE_NOW.getTime() - 86_400_000);
    const entries: RecordInput<string>[] = (await hostileRecords()).map((e) => ({
      ...e,
      ref: e.key,
      record: e.record.type === 'request' && e.record.status !== 'open' ? { ...e.record, closed: yesterday } : e.record,
    }));
    const github = {
      items: [item('review-requested'), item('team-review-requested'), item('waiting-on-others')],
      config: entries[0].config,
    };
    const rows = [
      ...groupRequests(entries, { me: 'alice', now: SAMPLE_NOW, snoozed: new Map(), github }),
      ...groupRequests(entries, { me: 'bruno', now: SAMPLE_NOW, snoozed: new Map() }),
    ].flatMap((g) => g.rows);
    const kinds = new Set(rows.map((r) => r.kind));
    assert.deepEqual([...kinds].sort(), ['action', 'closed', 'github', 'meeting', 'read-pre-read', 'request']);
    for (const r of rows) {
      assertShown(r.label, `${r.kind} label`);
      assertShown(r.description, `${r.kind} description`);
    }
    assert.ok(rows.some((r) => r.kind === 'github' && r.label === SHOWN));
    assert.ok(rows.some((r) => r.kind === 'read-pre-read' && r.label === `Read the pre-read: ${SHOWN}`));
  });

  it('is plain text in the labels and descriptions of the Decisions view', async () => {
    const entries = (await hostileRecords()).flatMap((e) =>
      e.record.type === 'decision' ? [{ ref: e.key, record: { ...e.record, owner: 'alice\u202e[x](command:y)' }, config: e.config }] : [],
    );
    const rows = groupDecisions(entries, SAMPLE_NOW).flatMap((g) => g.rows);
    assert.ok(rows.length > 0);
    for (const r of rows) {
      assert.equal(decisionLabel(r.record), SHOWN);
      assertShown(decisionDescription(r, SAMPLE_NOW), 'description');
    }
  });

  it('is plain text in the Handbook view, its owners included, and in the reminder of a page', () => {
    const config = defaultConfig();
    const owner = 'alice\u202e[x](command:y)';
    const page = (path: string, owners: string) =>
      ({
        ...parseRecord('page', path, `---\nowner: ${owners}\nlast-reviewed: 2026-01-01\n---\n`, config),
        title: HOSTILE,
      }) as PageRecord;
    const pages = [page('handbook/a.md', JSON.stringify(owner)), page('handbook/b.md', JSON.stringify([owner, 'bruno\n::error::x']))];
    const groups = groupPages(
      pages.map((record) => ({ ref: record.path, record, config, codeowners: null })),
      { me: owner, now: SAMPLE_NOW },
    );
    const rows = groups.flatMap((g) => g.rows);
    assert.ok(rows.length > 0);
    for (const r of rows) {
      assert.equal(pageLabel(r.record), SHOWN);
      assertShown(pageDescription(r), 'page description');
    }
    const owners = groups.flatMap((g) => g.owners);
    assert.ok(owners.length > 0);
    for (const o of owners) assertShown(o.label, 'owner');
    const reminders = pageReminders(
      pages.map((record) => {
        const ownership = pageOwnership(record, null);
        return { key: record.path, record, owners: ownership.owners, zone: pageZone(ownership, config), config };
      }),
      owner,
      new Date('2026-07-01T00:00:00Z'),
      SAMPLE_NOW,
    );
    assert.equal(reminders.length, 2);
    for (const r of reminders) {
      assertShown(r.message, r.kind);
      assert.ok(r.message.includes(SHOWN), r.message);
    }
  });
});
