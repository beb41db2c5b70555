import * as assert from 'node:assert/strict';
import type { GithubItem } from '../../../../src/core/github/inbox';
import { parseCodeowners } from '../../../../src/core/handbook/codeowners';
import { pageOwnership, pageZone } from '../../../../src/core/handbook/ownership';
import { parseRecord } from '../../../../src/core/records/parseRecord';
import type { PageRecord } from '../../../../src/core/records/types';
import { newReviewRequests, pageReminders, recordReminders, type PageToRemind } from '../../../../src/core/reminders/reminders';
import { parseConfig } from '../../../../src/core/team/config';
import { scan } from '../../../../src/node/scan';
import { SAMPLE_NOW, SAMPLE_REPO } from '../../../support/helpers';

const hours = (h: number) => new Date(SAMPLE_NOW.getTime() + h * 3_600_000);

describe('reminders', () => {
  it('tell me once when a reply-by of mine passes and when a comment window of mine closes', async () => {
    const { index } = await scan(SAMPLE_REPO);
    const records = index.records().map((record) => ({ key: record.path, record }));
    // alice's API-limits reply is due in 20h; her trunk-based decision closes on 27 November.
    const day = recordReminders(records, 'alice', SAMPLE_NOW, hours(24));
    assert.deepEqual(
      day.map((r) => [r.kind, r.key]),
      [['request-overdue', 'docs/requests/2026-11-25-review-api-limits.md']],
    );
    assert.match(day[0].message, /Reply overdue: "Review the public API rate limits"/);
    const later = recordReminders(records, 'alice', hours(24), hours(72));
    assert.deepEqual(
      later.map((r) => [r.kind, r.key]),
      [['decision-window-closed', 'docs/adr/0006-adopt-trunk-based-development.md']],
    );
    // Nothing twice, nothing for others, nothing for nobody.
    assert.deepEqual(recordReminders(records, 'alice', hours(72), hours(96)), []);
    assert.deepEqual(recordReminders(records, 'chen', SAMPLE_NOW, hours(24)), []);
    assert.deepEqual(recordReminders(records, null, SAMPLE_NOW, hours(72)), []);
  });

  it('tell me of review requests that are new since the last inbox', () => {
    const item = (number: number, category: GithubItem['category']): GithubItem => ({
      category,
      kind: 'pull-request',
      repo: 'acme/shop',
      number,
      title: `PR ${number}`,
      url: '',
      since: SAMPLE_NOW.toISOString(),
      author: 'bruno',
      reviewers: [],
    });
    const items = [item(1, 'review-requested'), item(2, 'team-review-requested'), item(3, 'assigned')];
    assert.deepEqual(
      newReviewRequests(new Set(['acme/shop#1']), items).map((r) => [r.kind, r.key]),
      [['review-request', 'acme/shop#2']],
    );
    assert.deepEqual(newReviewRequests(new Set(['acme/shop#1', 'acme/shop#2']), items), []);
  });

  describe('of handbook pages', () => {
    const config = parseConfig(
      'team:\n  - handle: alice\n    email: alice.martin@example.com\n    timezone: Europe/Paris\n  - handle: chen\n    timezone: Asia/Shanghai\n',
    ).config;
    const codeowners = parseCodeowners('handbook/team/ alice.martin@example.com\n', '.github/CODEOWNERS');
    /** A page reviewed on 7 June 2026, every 6 months: due on 7 December, on its owner's calendar. */
    const page = (path: string, owner: string | null, lastReviewed: string | null = '2026-06-07'): PageToRemind => {
      const fm = [owner ? `owner: ${owner}` : '', lastReviewed ? `last-reviewed: ${lastReviewed}` : ''].filter(Boolean).join('\n');
      const record = parseRecord('page', path, `---\ntitle: On call\n${fm}\n---\n`, config) as PageRecord;
      const ownership = pageOwnership(record, codeowners);
      return { key: path, record, owners: ownership.owners, zone: pageZone(ownership, config), config };
    };
    const at = (iso: string) => new Date(iso);
    // The 8th begins at 23:00 UTC on the 7th in Paris.
    const overdueInParis = at('2026-12-07T23:00:00Z');
    const before = (d: Date, ms = 1) => new Date(d.getTime() - ms);

    it('tell me once when a page of mine passes its review day, from the first moment of the next day on my calendar', () => {
      const mine = [page('handbook/on-call.md', 'alice')];
      assert.deepEqual(pageReminders(mine, 'alice', at('2026-12-07T00:00:00Z'), before(overdueInParis)), []);
      const told = pageReminders(mine, 'alice', before(overdueInParis, 60_000), overdueInParis);
      assert.deepEqual(
        told.map((r) => [r.kind, r.key, r.message]),
        [['page-review-overdue', 'handbook/on-call.md', 'Review overdue: the page "On call" was due for review on 7 Dec 2026.']],
      );
      assert.deepEqual(pageReminders(mine, 'alice', overdueInParis, at('2027-01-01T00:00:00Z')), []);
      // Over a longer span that holds the moment, once too.
      assert.equal(pageReminders(mine, 'alice', at('2026-12-01T00:00:00Z'), at('2026-12-20T00:00:00Z')).length, 1);
    });

    it("count the day on the owner's calendar: chen's 8th begins at 16:00 UTC", () => {
      const chens = [page('handbook/on-call.md', 'chen')];
      assert.deepEqual(pageReminders(chens, 'chen', at('2026-12-07T12:00:00Z'), at('2026-12-07T15:59:59Z')), []);
      assert.equal(pageReminders(chens, 'chen', at('2026-12-07T12:00:00Z'), at('2026-12-07T16:00:00Z')).length, 1);
    });

    it('tell nobody else, nor of a page never reviewed, nor when I am not known', () => {
      const pages = [page('handbook/on-call.md', 'alice'), page('handbook/new.md', 'alice', null)];
      const span = [at('2026-12-01T00:00:00Z'), at('2026-12-20T00:00:00Z')] as const;
      assert.deepEqual(
        pageReminders(pages, 'alice', ...span).map((r) => r.key),
        ['handbook/on-call.md'],
      );
      assert.deepEqual(pageReminders(pages, 'chen', ...span), []);
      assert.deepEqual(pageReminders(pages, null, ...span), []);
    });

    it('tell me of a page CODEOWNERS gives to my email', () => {
      const viaEmail = [page('handbook/team/holidays.md', null)];
      assert.deepEqual(viaEmail[0].owners, ['alice.martin@example.com']);
      assert.equal(viaEmail[0].zone, 'Europe/Paris');
      assert.deepEqual(
        pageReminders(viaEmail, 'alice', before(overdueInParis, 60_000), overdueInParis).map((r) => r.key),
        ['handbook/team/holidays.md'],
      );
      assert.deepEqual(pageReminders(viaEmail, 'chen', before(overdueInParis, 60_000), overdueInParis), []);
    });
  });
});
