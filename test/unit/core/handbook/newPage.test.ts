import * as assert from 'node:assert/strict';
import { checkRecord } from '../../../../src/core/checks/checkRecord';
import { newPagePath, newPageText } from '../../../../src/core/handbook/newPage';
import { parseRecord } from '../../../../src/core/records/parseRecord';
import { defaultConfig, parseConfig } from '../../../../src/core/team/config';
import type { PageRecord } from '../../../../src/core/records/types';

const config = parseConfig('review-every: 1 year\nteam:\n  - handle: alice\n    timezone: Europe/Paris\n').config;
const TODAY = '2026-12-07';
const read = (text: string) => parseRecord('page', 'handbook/on-call.md', text, config) as PageRecord;

describe('a new handbook page', () => {
  it("from the built-in template reads back as a page with its owner, reviewed today, every the team's interval, with no problems", () => {
    const text = newPageText({ title: 'On call', owner: 'alice' }, TODAY, config, null);
    assert.ok(
      text.startsWith('---\ntitle: On call\nowner: alice\nlast-reviewed: 2026-12-07\nreview-every: 1 year\n---\n\n# On call\n'),
      text,
    );
    const page = read(text);
    assert.deepEqual(
      [page.title, page.owners, page.lastReviewed, page.reviewEvery.raw, page.reviewBy],
      ['On call', ['alice'], TODAY, '1 year', '2027-12-07'],
    );
    assert.deepEqual(page.problems, []);
    const ctx = { config, now: new Date('2026-12-07T12:00:00Z'), zone: 'UTC', records: [], exists: () => true };
    assert.deepEqual(checkRecord(page, ctx, text), []);
  });

  it('keeps a title that YAML would read as something else a string', () => {
    for (const title of ['Deploys: the "how"', 'yes', '2026-12-07', '# not a comment', "It's [not] a list"]) {
      const page = read(newPageText({ title, owner: 'alice' }, TODAY, defaultConfig(), null));
      assert.deepEqual([page.title, page.problems], [title, []], title);
    }
  });

  it("from the team's template fills in {{title}}, {{owner}}, {{last-reviewed}} and {{review-every}}", () => {
    const template = [
      '---',
      'title: {{title}}',
      'owner: {{owner}}',
      'last-reviewed: {{last-reviewed}}',
      'review-every: {{review-every}}',
      'audience: engineers',
      '---',
      '',
      '# {{title}}',
      '',
      'Ask @{{owner}} about {{unknown}}.',
      '',
    ].join('\n');
    const text = newPageText({ title: 'Deploys: the basics', owner: 'alice' }, TODAY, config, template);
    const page = read(text);
    assert.deepEqual(
      [page.title, page.owners, page.lastReviewed, page.reviewEvery.raw, page.frontMatter?.audience],
      ['Deploys: the basics', ['alice'], TODAY, '1 year', 'engineers'],
    );
    assert.deepEqual(page.problems, []);
    // One front matter, the template's; a name the template does not know stays as written.
    assert.equal(text.split('\n').filter((l) => l === '---').length, 2);
    assert.ok(text.includes('\n# Deploys: the basics\n\nAsk @alice about {{unknown}}.\n'), text);
  });

  it("from a team's template without front matter gets the page's front matter above it", () => {
    const text = newPageText({ title: 'On call', owner: 'alice' }, TODAY, config, 'Read this first: {{title}}.\n');
    assert.ok(text.endsWith('---\n\nRead this first: On call.\n'), text);
    const page = read(text);
    assert.deepEqual([page.owners, page.lastReviewed, page.problems], [['alice'], TODAY, []]);
  });
});

describe('the path of a new handbook page', () => {
  it('is the title as a file name in the folder, with -2, -3… when that name is taken', () => {
    const taken = new Set(['handbook/on-call-the-basics.md', 'handbook/on-call-the-basics-2.md']);
    assert.equal(
      newPagePath('handbook', 'On call: the basics', (p) => taken.has(p)),
      'handbook/on-call-the-basics-3.md',
    );
    assert.equal(
      newPagePath('handbook', 'Deploys', (p) => taken.has(p)),
      'handbook/deploys.md',
    );
    assert.equal(
      newPagePath('docs/handbook//', 'Deploys', () => false),
      'docs/handbook/deploys.md',
    );
    assert.equal(
      newPagePath('handbook', '!!!', () => false),
      'handbook/untitled.md',
    );
  });
});
