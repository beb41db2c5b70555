import * as assert from 'node:assert/strict';
import { parseCodeowners } from '../../../../src/core/handbook/codeowners';
import {
  groupPages,
  handbookBadge,
  lensText,
  pageContextValue,
  pageRow,
  type HandbookGroup,
  type PageInput,
} from '../../../../src/core/handbook/groups';
import { parseRecord } from '../../../../src/core/records/parseRecord';
import { parseConfig } from '../../../../src/core/team/config';
import type { PageRecord } from '../../../../src/core/records/types';
import { manifest } from '../../../support/helpers';

const config = parseConfig(
  [
    'team:',
    '  - handle: alice',
    '    email: alice.martin@example.com',
    '    timezone: Europe/Paris',
    '  - handle: bruno',
    '    timezone: America/Sao_Paulo',
    '  - handle: chen',
    '    timezone: Asia/Shanghai',
  ].join('\n'),
).config;

const codeowners = parseCodeowners('handbook/team/ alice.martin@example.com\nhandbook/platform/ @acme/platform\n', '.github/CODEOWNERS');

/** A page titled `title`; `owner` as written in its front matter (none: CODEOWNERS decides); reviewed on `day`, every 6 months. */
function input(title: string, owner: string | null, day: string | null, folder = 'handbook'): PageInput<string> {
  const fm = [owner ? `owner: ${owner}` : '', day ? `last-reviewed: ${day}` : ''].filter(Boolean);
  const path = `${folder}/${title.toLowerCase()}.md`;
  const text = fm.length > 0 ? `---\n${fm.join('\n')}\n---\n# ${title}\n` : `# ${title}\n`;
  return { ref: title, record: parseRecord('page', path, text, config) as PageRecord, config, codeowners };
}

/** Noon UTC on 7 December 2026: the 7th everywhere the team works. */
const NOW = new Date('2026-12-07T12:00:00Z');

const PAGES = [
  input('Deploys', 'alice', '2026-05-01'), // mine, due 1 Nov: 36 days overdue
  input('Backups', 'alice', '2026-06-01'), // mine, due 1 Dec: 6 days overdue
  input('Incidents', 'alice', null), // mine, never reviewed
  input('Rota', 'alice', '2026-06-10'), // mine, due in 3 days
  input('Style', 'alice', '2026-11-01'), // mine, fresh
  input('Shared', '[alice, chen]', '2026-03-01'), // mine and chen's, due 1 Sep: 97 days overdue
  input('Holidays', null, '2026-06-05', 'handbook/team'), // mine through my email in CODEOWNERS, due 5 Dec: 2 days overdue
  input('Security', 'bruno', '2026-01-01'), // bruno's, due 1 Jul: 159 days overdue
  input('Vendors', 'ops@example.com', '2026-05-15'), // an email's, due 15 Nov: 22 days overdue
  input('Onboarding', null, '2026-02-01'), // nobody's, due 1 Aug: 128 days overdue
  input('Glossary', null, null), // nobody's, never reviewed
  input('Builds', null, '2026-11-20', 'handbook/platform'), // a team's, fresh
];

/** The commands of the Handbook view's row menus whose `viewItem =~ /…/` clauses match a context value. */
function handbookRowCommands(contextValue: string): string[] {
  const menus = manifest<{ contributes: { menus: { 'view/item/context': { command: string; when: string }[] } } }>().contributes.menus[
    'view/item/context'
  ];
  return menus
    .filter((m) => m.when.includes('view == asyncWork.handbook'))
    .filter((m) => [...m.when.matchAll(/viewItem =~ \/(.+?)\/(?: |$)/g)].every((r) => new RegExp(r[1]).test(contextValue)))
    .map((m) => m.command)
    .sort();
}

const group = (groups: HandbookGroup<string>[], id: string) => groups.find((g) => g.id === id)!;
const refs = (g: HandbookGroup<string>) => g.rows.map((r) => r.ref);

describe('the Handbook view', () => {
  const groups = groupPages(PAGES, { me: 'alice', now: NOW });

  it('has four groups in this order, all pages collapsed', () => {
    assert.deepEqual(
      groups.map((g) => [g.id, g.label, g.collapsed, g.byOwner]),
      [
        ['my-reviews', 'My pages to review', false, false],
        ['without-owner', 'Without an owner', false, false],
        ['overdue', 'Overdue', false, true],
        ['all', 'All pages', true, true],
      ],
    );
  });

  it('lists my pages to review: overdue (the longest first), then never reviewed, then due soon; fresh ones are left out', () => {
    assert.deepEqual(refs(group(groups, 'my-reviews')), ['Shared', 'Deploys', 'Backups', 'Holidays', 'Incidents', 'Rota']);
    assert.deepEqual(
      group(groups, 'my-reviews').rows.map((r) => r.review.daysLeft),
      [-97, -36, -6, -2, null, 3],
    );
    assert.deepEqual(group(groups, 'my-reviews').owners, []);
  });

  it("lists pages without an owner anywhere, by title (a team's page has an owner)", () => {
    assert.deepEqual(refs(group(groups, 'without-owner')), ['Glossary', 'Onboarding']);
  });

  it("lists everyone's overdue pages by owner, owners by name and No owner last", () => {
    const overdue = group(groups, 'overdue');
    assert.deepEqual(refs(overdue), ['Security', 'Onboarding', 'Shared', 'Deploys', 'Vendors', 'Backups', 'Holidays']);
    assert.deepEqual(
      overdue.owners.map((o) => [o.label, o.rows.map((r) => r.ref)]),
      [
        ['@alice', ['Deploys', 'Backups']],
        ['@alice, @chen', ['Shared']],
        ['@bruno', ['Security']],
        ['alice.martin@example.com', ['Holidays']],
        ['ops@example.com', ['Vendors']],
        ['No owner', ['Onboarding']],
      ],
    );
  });

  it('lists all pages by title, and by owner', () => {
    const all = group(groups, 'all');
    assert.deepEqual(refs(all), [...PAGES.map((p) => p.ref)].sort());
    assert.deepEqual(
      all.owners.map((o) => [o.label, o.rows.length]),
      [
        ['@acme/platform', 1],
        ['@alice', 5],
        ['@alice, @chen', 1],
        ['@bruno', 1],
        ['alice.martin@example.com', 1],
        ['ops@example.com', 1],
        ['No owner', 2],
      ],
    );
  });

  it('has a badge of my reviews that are overdue or never done', () => {
    assert.equal(handbookBadge(groups), 5);
    assert.equal(handbookBadge(groupPages(PAGES, { me: 'bruno', now: NOW })), 1);
    assert.equal(handbookBadge(groupPages(PAGES, { me: null, now: NOW })), 0);
    assert.deepEqual(refs(group(groupPages(PAGES, { me: null, now: NOW }), 'my-reviews')), []);
  });

  it("counts each page's days on its owner's calendar", () => {
    // 23:30 UTC on 1 December is the 2nd in Paris (Backups is alice's), still the 1st in São Paulo.
    const late = new Date('2026-12-01T23:30:00Z');
    const rows = groupPages([input('Backups', 'alice', '2026-06-01'), input('Billing', 'bruno', '2026-06-01')], { me: 'alice', now: late });
    assert.deepEqual(
      group(rows, 'all').rows.map((r) => [r.today, r.review.state]),
      [
        ['2026-12-02', 'overdue'],
        ['2026-12-01', 'due-soon'],
      ],
    );
  });
});

describe('the line at the top of an open page', () => {
  // 2 September in Paris: a review of 14 March, every 6 months, is due on 14 September.
  const now = new Date('2026-09-02T10:00:00Z');
  const lens = (i: PageInput<string>) => lensText(pageRow(i, 'alice', now));

  it('says who owns the page, when it was reviewed and when the next review is due', () => {
    assert.equal(lens(input('On call', 'alice', '2026-03-14')), '@alice owns this page · reviewed 14 Mar 2026 · review due in 12 days');
    assert.equal(
      lens(input('Shared', '[alice, chen]', '2026-03-14')),
      '@alice, @chen share this page · reviewed 14 Mar 2026 · review due in 12 days',
    );
    assert.equal(
      lens(input('Builds', null, '2026-03-01', 'handbook/platform')),
      '@acme/platform owns this page · reviewed 1 Mar 2026 · review 1 day overdue',
    );
    assert.equal(lens(input('Glossary', null, null)), 'No owner · never reviewed');
  });
});

describe('the context value of a page row', () => {
  const now = NOW;
  const value = (i: PageInput<string>, me: string) => pageContextValue(pageRow(i, me, now));

  it('says where its review stands and whether it is mine, and offers Mark Reviewed and Set Owner', () => {
    assert.equal(value(input('Deploys', 'alice', '2026-05-01'), 'alice'), 'row:page:overdue:mine');
    assert.equal(value(input('Deploys', 'alice', '2026-05-01'), 'bruno'), 'row:page:overdue:other');
    assert.equal(value(input('Rota', 'alice', '2026-06-10'), 'alice'), 'row:page:due-soon:mine');
    assert.equal(value(input('Style', 'alice', '2026-11-01'), 'alice'), 'row:page:fresh:mine');
    assert.equal(value(input('Glossary', null, null), 'alice'), 'row:page:never-reviewed:other');
    assert.deepEqual(handbookRowCommands(value(input('Glossary', null, null), 'alice')), ['asyncWork.markReviewed', 'asyncWork.setOwner']);
  });
});
