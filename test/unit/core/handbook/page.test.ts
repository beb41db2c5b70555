import * as assert from 'node:assert/strict';
import { readDocument } from '../../../../src/core/records/document';
import { parsePage } from '../../../../src/core/handbook/page';
import { defaultConfig, parseConfig, type TeamConfig } from '../../../../src/core/team/config';

const read = (text: string, config: TeamConfig = defaultConfig(), path = 'handbook/on-call.md') =>
  parsePage(readDocument(text, path), config);
const page = (...frontMatter: string[]) =>
  read(['---', ...frontMatter, '---', '', '# On-call', '', 'What to do when paged.', ''].join('\n'));

describe('a handbook page', () => {
  it('reads its owner, last review and review interval, and the day the next review is due', () => {
    const p = page('title: Being on call', 'owner: "@alice"', 'last-reviewed: 2026-03-14', 'review-every: 3 months');
    assert.equal(p.type, 'page');
    assert.equal(p.title, 'Being on call');
    assert.equal(p.owner, 'alice');
    assert.deepEqual(p.owners, ['alice']);
    assert.equal(p.lastReviewed, '2026-03-14');
    assert.deepEqual(p.reviewEvery, { amount: 3, unit: 'months', raw: '3 months' });
    assert.equal(p.reviewBy, '2026-06-14');
    assert.deepEqual(p.keys, { owner: 'owner', lastReviewed: 'last-reviewed', reviewEvery: 'review-every' });
    assert.deepEqual(p.problems, []);
  });

  it('reads the GOV.UK tech-docs keys, and remembers them as the keys the page uses', () => {
    const p = page('owner_slack: "#team-docs"', 'last_reviewed_on: 2026-03-14', 'review_in: 1 year');
    assert.equal(p.owner, '#team-docs');
    assert.equal(p.lastReviewed, '2026-03-14');
    assert.equal(p.reviewEvery.raw, '1 year');
    assert.equal(p.reviewBy, '2027-03-14');
    assert.deepEqual(p.keys, { owner: 'owner_slack', lastReviewed: 'last_reviewed_on', reviewEvery: 'review_in' });
    assert.deepEqual(p.problems, []);
  });

  it('reads its own keys first when a page has both', () => {
    const p = page(
      'owner_slack: "#team-docs"',
      'owner: bruno',
      'last_reviewed_on: 2025-01-01',
      'last-reviewed: 2026-05-01',
      'review_in: 3 months',
      'review-every: 1 year',
    );
    assert.deepEqual(p.owners, ['bruno']);
    assert.equal(p.lastReviewed, '2026-05-01');
    assert.equal(p.reviewBy, '2027-05-01');
    assert.deepEqual(p.keys, { owner: 'owner', lastReviewed: 'last-reviewed', reviewEvery: 'review-every' });
    // An empty key of ours does not hide GOV.UK's.
    const empty = page('owner:', 'owner_slack: "#team-docs"', 'last-reviewed: ""', 'last_reviewed_on: 2026-03-14');
    assert.deepEqual([empty.owner, empty.keys.owner, empty.lastReviewed], ['#team-docs', 'owner_slack', '2026-03-14']);
  });

  it("is reviewed every team's interval unless it says otherwise", () => {
    const team = parseConfig('review-every: 1 year').config;
    const text = (...fm: string[]) => ['---', 'owner: alice', 'last-reviewed: 2026-08-31', ...fm, '---', ''].join('\n');
    assert.equal(read(text()).reviewBy, '2027-02-28');
    assert.equal(read(text(), team).reviewBy, '2027-08-31');
    const own = read(text('review-every: 2 weeks'), team);
    assert.deepEqual(own.reviewEvery, { amount: 2, unit: 'weeks', raw: '2 weeks' });
    assert.equal(own.reviewBy, '2026-09-14');
  });

  it('reports a last review that is not a day on its line, as never reviewed', () => {
    for (const value of ['last week', '2026-02-30', '14/03/2026', '2026-03-14T10:00:00Z']) {
      const p = page('owner: alice', `last-reviewed: ${value}`);
      assert.deepEqual(
        p.problems.map((x) => [x.code, x.severity, x.line, x.column, x.endColumn]),
        [['invalid-date', 'error', 2, 0, `last-reviewed: ${value}`.length]],
        value,
      );
      assert.match(p.problems[0].message, /^last-reviewed: ".+" is not a day between 1900 and 2999; write it as 2026-03-14\.$/);
      assert.deepEqual([p.lastReviewed, p.reviewBy], [null, null]);
    }
    const gov = page('owner_slack: "#docs"', 'last_reviewed_on: soon');
    assert.deepEqual(
      gov.problems.map((x) => [x.code, x.line]),
      [['invalid-date', 2]],
    );
    assert.match(gov.problems[0].message, /^last_reviewed_on: "soon"/);
  });

  it('warns of a review interval it cannot read on its line, and the team default stands', () => {
    for (const value of ['often', '6', '3m', '10 years', '[6 months]']) {
      const p = page('owner: alice', 'last-reviewed: 2026-03-14', `review-every: ${value}`);
      assert.deepEqual(
        p.problems.map((x) => [x.code, x.severity, x.line]),
        [['invalid-front-matter', 'warning', 3]],
        value,
      );
      assert.match(p.problems[0].message, /^review-every: ".+" is not a review interval; .* The team's 6 months stands\.$/);
      assert.equal(p.reviewEvery.raw, '6 months');
      assert.equal(p.reviewBy, '2026-09-14');
    }
    const gov = read('---\nreview_in: sometimes\n---\n', parseConfig('review-every: 1 year').config);
    assert.deepEqual(
      gov.problems.map((x) => [x.code, x.line]),
      [['invalid-front-matter', 1]],
    );
    assert.match(gov.problems[0].message, /^review_in: "sometimes" .* The team's 1 year stands\.$/);
    assert.equal(gov.reviewEvery.raw, '1 year');
  });

  it('names every owner written, as a list or in one value', () => {
    assert.deepEqual(page('owner: [alice, "@bruno"]').owners, ['alice', 'bruno']);
    assert.deepEqual(page('owner: alice, bruno').owners, ['alice', 'bruno']);
    assert.deepEqual(page('owner: alice and bruno').owners, ['alice', 'bruno']);
    assert.deepEqual(page('owner: "@acme/docs"').owners, ['acme/docs']);
    assert.deepEqual(page('owner: docs@example.com').owners, ['docs@example.com']);
  });

  it('without front matter has no owner and no review, takes the team interval, and has no problems', () => {
    const p = read('# Deploying\n\nRun the pipeline.\n', parseConfig('review-every: 90 days').config, 'docs/deploying.md');
    assert.equal(p.title, 'Deploying');
    assert.deepEqual(p.owners, []);
    assert.equal(p.owner, null);
    assert.deepEqual([p.lastReviewed, p.reviewBy], [null, null]);
    assert.equal(p.reviewEvery.raw, '90 days');
    assert.deepEqual(p.keys, { owner: 'owner', lastReviewed: 'last-reviewed', reviewEvery: 'review-every' });
    assert.deepEqual(p.problems, []);
    assert.equal(p.layout.frontMatterEnd, -1);
    assert.equal(read('Some text.\n', defaultConfig(), 'handbook/on-call-rota.md').title, 'On call rota');
  });

  it('holds no action items: a checklist in a runbook is a procedure, not work assigned to someone', () => {
    const p = read('---\nowner: alice\n---\n# Release\n\n- [ ] @bruno tag the release due 2026-01-01\n- [x] Build\n- [ ] Announce\n');
    assert.deepEqual(p.actions, []);
    assert.deepEqual(p.problems, []);
  });
});
