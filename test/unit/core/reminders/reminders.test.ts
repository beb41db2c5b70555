import * as assert from 'node:assert/strict';
import type { GithubItem } from '../../../../src/core/github/inbox';
import { newReviewRequests, recordReminders } from '../../../../src/core/reminders/reminders';
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
});
