import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { GithubItem } from '../../../../src/core/github/inbox';
import { githubClock } from '../../../../src/core/github/replyClock';
import { parseConfig } from '../../../../src/core/team/config';
import { SAMPLE_NOW, SAMPLE_REPO } from '../../../support/helpers';

const config = parseConfig(readFileSync(path.join(SAMPLE_REPO, '.async/config.yaml'), 'utf8')).config;

function item(fields: Partial<GithubItem>): GithubItem {
  return {
    category: 'assigned',
    kind: 'issue',
    repo: 'acme/shop',
    number: 1,
    title: 'An issue',
    url: 'https://github.com/acme/shop/issues/1',
    since: '2026-11-24T06:00:00Z',
    author: 'bruno',
    reviewers: [],
    ...fields,
  };
}

describe('reply clocks of GitHub items', () => {
  it('makes a review requested 30 working hours ago with a 24h reply-within overdue', () => {
    // Tuesday 06:00 UTC to Wednesday 12:00 UTC: 30 hours, all on alice's working days.
    const clock = githubClock(item({ category: 'review-requested', since: '2026-11-24T06:00:00Z' }), config, 'alice', SAMPLE_NOW);
    assert.equal(clock.replyBy?.toISOString(), '2026-11-25T06:00:00.000Z');
    assert.equal(clock.urgency, 'overdue');
  });

  it('stops the clock over the weekend, as for requests in the repository', () => {
    // Friday 15:00 in Paris plus 24 working hours is Monday 15:00.
    const clock = githubClock(item({ since: '2026-11-27T14:00:00Z' }), config, 'alice', new Date('2026-11-30T08:00:00Z'));
    assert.equal(clock.replyBy?.toISOString(), '2026-11-30T14:00:00.000Z');
    assert.equal(clock.urgency, 'due-today');
  });

  it("times my pull requests on the reviewer's clock", () => {
    const clock = githubClock(item({ category: 'waiting-on-others', reviewers: ['bruno'] }), config, 'alice', SAMPLE_NOW);
    assert.equal(clock.owner, 'bruno');
  });
});
